using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Lint;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering;

namespace AnimPlatform.Tests.Manifest;

/// <summary>
/// POST /api/v1/validate's extra warnings compile the show once for both the renderer's warnings and the layout
/// checks, and say what the two separate calls (each compiling on its own) say.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class ValidationWarningsTests
{
    // A renderer warning (adding an edge the graph has) and layout warnings (the lint test's messy scene).
    private static readonly string Crafted = LayoutLintTests.Show.Replace(
        "- { action: fade-in, target: cut, duration: 0.5s }",
        "- { action: fade-in, target: cut, duration: 0.5s }\n        - { action: add-edge, target: g, edge: [A, C], duration: 0.2s }");

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string> { "crafted" };
        foreach (var file in Directory.EnumerateFiles(TestPaths.ExamplesDir, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(TestPaths.ExamplesDir, file));
        return data;
    }

    private static PreparedDocument Load(string name)
    {
        var doc = name == "crafted" ? ManifestPipeline.LoadText(Crafted) : ManifestPipeline.LoadFile(Path.Combine(TestPaths.ExamplesDir, name));
        Assert.True(doc.IsValid, $"{name}: " + string.Join("\n", doc.Errors));
        return doc;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void One_compile_gives_what_the_two_separate_calls_give(string name)
    {
        var doc = Load(name);
        var compiles = 0;
        CompiledShow Counting(ShowDocument show, CancellationToken token)
        {
            compiles++;
            return ShowCompiler.Compile(show, null, token);
        }

        var combined = ValidationWarnings.Find(doc, null, default, Counting);

        var separate = RendererWarnings.Find(doc).Concat(LayoutLint.Run(doc).Select(w => w.ToDiagnostic())).ToList();
        Assert.Equal(1, compiles);
        Assert.Equal(separate.Select(d => d.ToString()), combined.Select(d => d.ToString()));
    }

    [Fact]
    public void The_crafted_show_has_both_kinds_of_warning()
    {
        var text = ValidationWarnings.Find(Load("crafted"), null).Select(d => d.ToString()).ToList();
        Assert.Contains(text, d => d.Contains("already in") && !d.Contains("[lint:"));
        Assert.Contains(text, d => d.Contains("[lint: off-canvas]"));
    }

    // Scene 0 ends zoomed in (its text pushed off the canvas); scene 1 follows with a cut, whose camera reset falls
    // on scene 0's last instant. The lint looks at scene 0 through its own camera, so it still sees the zoom.
    private const string ZoomThenCut = """
        meta:
          title: zoom then cut
          canvas: { width: 1920, height: 1080, background: "#000000" }
        scenes:
          - name: zoomed
            manifest:
              meta: { title: zoomed }
              objects:
                - { id: edge, type: text, content: "Edge", position: { x: 1500, y: 540 }, style: { font: "40px sans-serif" } }
              timeline:
                - { action: fade-in, target: edge, duration: 0.5s }
                - { action: camera-zoom, scale: 3, duration: 0.5s }
          - name: next
            manifest:
              meta: { title: next }
              objects:
                - { id: hello, type: text, content: "Hello", position: { x: 960, y: 300 }, style: { font: "40px sans-serif" } }
              timeline:
                - { action: fade-in, target: hello, duration: 0.5s }
        """;

    [Fact]
    public void A_scene_ending_zoomed_before_a_cut_is_checked_through_its_own_camera()
    {
        var doc = ManifestPipeline.LoadText(ZoomThenCut);
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        var warnings = LayoutLint.Run(doc);
        var off = Assert.Single(warnings, w => w.Check == "off-canvas");
        Assert.Equal("scenes[0].manifest.objects[0]", off.Path);
        Assert.Equal(1.0, off.Second, 3);
    }
}
