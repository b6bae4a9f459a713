namespace AnimPlatform.Tests.Api;

/// <summary>Manifests for job tests: tiny ones that render in a blink, a long one to cancel, the BFS example.</summary>
public static class TestManifests
{
    /// <summary>320x180, 1 s of animation + the 0.5 s hold.</summary>
    public static string Tiny(string title = "Tiny") => $$"""
        meta:
          title: "{{title}}"
          canvas: { width: 320, height: 180, background: "#102030" }
        objects:
          - id: t
            type: text
            content: hello
            position: { x: 160, y: 90 }
        timeline:
          - action: fade-in
            target: t
            duration: 0.5s
          - action: pause
            duration: 0.5s
        """;

    /// <summary>A two-minute fade at 1080p: every frame differs, so it renders long enough to be cancelled.</summary>
    public const string Long = """
        meta:
          title: Long
          canvas: { width: 1920, height: 1080, background: "#102030" }
        objects:
          - id: g
            type: graph
            nodes:
              - { id: A, x: 300, y: 500 }
              - { id: B, x: 1500, y: 500 }
            edges:
              - { from: A, to: B }
        timeline:
          - action: fade-in
            target: g
            duration: 120s
        """;

    /// <summary>Three errors (canvas, position, duration) and one warning (unknown action).</summary>
    public const string Invalid = """
        meta:
          title: broken
        objects:
          - id: a
            type: text
            content: hi
        timeline:
          - action: pause
            duration: banana
          - action: nope
        """;

    public static string BfsPath => Path.Combine(TestPaths.ExamplesDir, "presets", "bfs.json");
}
