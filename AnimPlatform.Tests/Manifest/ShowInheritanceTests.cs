using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Tests.Manifest;

[Trait("Category", TestCategory.Unit)]
public class ShowInheritanceTests
{
    private const string Show = """
        meta:
          title: show
          canvas: { width: 800, height: 600, background: "#000000" }
          easing: easeInQuad
          palette: { a: "#111111", b: "#222222" }
          defaults:
            graph: { nodeRadius: 40, nodeColor: "#333333" }
        scenes:
          - name: one
            manifest:
              meta: { title: one, palette: { b: "#bbbbbb" }, defaults: { graph: { nodeRadius: 50 } } }
              objects:
                - { id: g, type: graph, nodes: [{ id: A, x: 1, y: 1 }], edges: [] }
              timeline:
                - { action: highlight-node, target: g, node: A, color: $b, duration: 1 }
                - { action: highlight-node, target: g, node: A, color: $a, duration: 1 }
                - { action: highlight-node, target: g, node: A, color: $missing, duration: 1 }
          - manifest:
              objects: []
              timeline: [{ action: pause, duration: 2s }]
            transition: { type: fade, duration: 1s }
        """;

    [Fact]
    public void Scene_meta_inherits_canvas_easing_palette_and_merges_defaults_per_property()
    {
        var doc = ManifestPipeline.LoadText(Show);
        var scene = doc.Show.Scenes[0].Scene;
        Assert.Equal(800, scene.Meta.Canvas.Width);
        Assert.Equal("easeInQuad", scene.Meta.Easing);
        var graph = Assert.IsType<GraphDefinition>(scene.Objects[0]);
        Assert.Equal(50, graph.Style["nodeRadius"].AsNumber());
        Assert.Equal("#333333", graph.Style["nodeColor"].AsString()); // kept from the show (two-level merge)
        var colors = scene.Timeline.Cast<ActionStep>().Select(a => a["color"].AsString()).ToList();
        Assert.Equal(["#bbbbbb", "#111111", "#e74c3c"], colors);
        var warning = Assert.Single(doc.Warnings, w => w.Message.Contains("$missing"));
        Assert.Equal("scenes[0].manifest.timeline[2].color", warning.Path);
    }

    [Fact]
    public void Scene_without_meta_is_treated_as_empty_meta()
    {
        var doc = ManifestPipeline.LoadText(Show);
        var second = doc.Show.Scenes[1];
        Assert.Equal("scene-2", second.Name);
        Assert.Equal(600, second.Scene.Meta.Canvas.Height);
        Assert.Equal(new TransitionSpec("fade", 1, null), second.Transition);
        Assert.Equal(3 + 1 + 2 + 0.5, doc.Show.Duration, 9);
    }

    [Fact]
    public void Scene_files_cannot_escape_the_show_folder()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "show.yaml"), """
                meta: { title: s, canvas: { width: 100, height: 100 } }
                scenes:
                  - file: ../outside.yaml
                  - file: /etc/passwd
                  - file: missing.yaml
                """);
            var doc = ManifestPipeline.LoadFile(Path.Combine(dir, "show.yaml"));
            Assert.False(doc.IsValid);
            Assert.Contains(doc.Errors, e => e.Path == "scenes[0].file" && e.Message.Contains("outside"));
            Assert.Contains(doc.Errors, e => e.Path == "scenes[1].file" && e.Message.Contains("outside"));
            Assert.Contains(doc.Errors, e => e.Path == "scenes[2].file" && e.Message.Contains("not found"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Unknown_transition_types_cut_and_count_zero()
    {
        var doc = ManifestPipeline.LoadText("""
            meta: { title: s, canvas: { width: 100, height: 100 } }
            scenes:
              - manifest: { meta: { title: a }, objects: [], timeline: [{ action: pause, duration: 1 }] }
              - transition: { type: none, duration: 3s }
                manifest: { meta: { title: b }, objects: [], timeline: [{ action: pause, duration: 1 }] }
              - transition: { type: spin, duration: 3s }
                manifest: { meta: { title: c }, objects: [], timeline: [{ action: pause, duration: 1 }] }
              - transition: slide-left
                manifest: { meta: { title: d }, objects: [], timeline: [{ action: pause, duration: 1 }] }
            """);
        Assert.Equal(4.5, doc.Show.Duration, 9);
    }
}

[Trait("Category", TestCategory.Unit)]
public class TreeStructureValidationTests
{
    [Fact]
    public void Cycles_in_tree_parents_are_errors_with_a_path()
    {
        var doc = ManifestPipeline.LoadText("""
            meta: { title: t, canvas: { width: 100, height: 100 } }
            objects:
              - id: t
                type: tree
                root: r
                position: { x: 50, y: 10 }
                nodes:
                  - { id: r }
                  - { id: a, parent: b, side: left }
                  - { id: b, parent: a, side: right }
                  - { id: c, parent: ghost, side: left }
            timeline: [{ action: fade-in, target: t, duration: 1s }]
            """);
        var error = Assert.Single(doc.Errors);
        Assert.StartsWith("objects[0].nodes[", error.Path);
        Assert.Contains("cycle", error.Message);
        Assert.Contains(doc.Warnings, w => w.Path == "objects[0].nodes[3].parent");
        // Still compiles and draws without throwing.
        var show = AnimPlatform.Core.Rendering.ShowCompiler.Compile(doc.Show);
        using var frame = AnimPlatform.Tests.Support.TestRender.Frame(show, 0.5);
    }
}
