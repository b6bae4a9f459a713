using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Lint;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Manifest;

/// <summary>The layout checks: a crafted show triggers each one, with its path and second; clean layouts stay clean.</summary>
[Trait("Category", TestCategory.Unit)]
public class LayoutLintTests
{
    // Scene 0 is clean; scene 1 (starting at 1 s: scene 0 lasts 1 s, a cut) has one of each problem.
    internal const string Show = """
        meta:
          title: lint
          canvas: { width: 1920, height: 1080, background: "#000000" }
        scenes:
          - name: clean
            manifest:
              meta: { title: clean }
              objects:
                - { id: hello, type: text, content: "Hello", position: { x: 960, y: 300 }, style: { font: "40px sans-serif" } }
              timeline:
                - { action: fade-in, target: hello, duration: 1s }
          - name: messy
            narration: "A sentence that will be shown as a subtitle at the bottom."
            manifest:
              meta: { title: messy }
              objects:
                - { id: cut, type: text, content: "Cut by the edge", position: { x: 1900, y: 100 }, style: { font: "40px sans-serif" } }
                - id: g
                  type: graph
                  nodes: [{ id: A, x: 200, y: 500 }, { id: B, label: WIDELABEL, x: 400, y: 500 }, { id: C, x: 600, y: 500 }]
                  edges: [{ from: A, to: C }]
                - { id: over1, type: text, content: "Overlap one", position: { x: 1000, y: 300 }, style: { font: "30px sans-serif" } }
                - { id: over2, type: text, content: "Overlap two", position: { x: 1040, y: 310 }, style: { font: "30px sans-serif" } }
                - { id: dim, type: text, content: "Dark grey", position: { x: 1400, y: 600 }, style: { font: "30px sans-serif", color: "#333333" } }
                - { id: tiny, type: text, content: "tiny", position: { x: 1400, y: 750 }, style: { font: "10px sans-serif" } }
                - { id: low, type: graph, nodes: [{ id: N, x: 960, y: 1030 }], edges: [] }
              timeline:
                - parallel:
                    - { action: fade-in, target: g, duration: 0.5s }
                    - { action: fade-in, target: over1, duration: 0.5s }
                    - { action: fade-in, target: over2, duration: 0.5s }
                    - { action: fade-in, target: dim, duration: 0.5s }
                    - { action: fade-in, target: tiny, duration: 0.5s }
                    - { action: fade-in, target: low, duration: 0.5s }
                - { action: highlight-node, target: low, node: N, color: "#3498db", duration: 0.5s }
                - { action: fade-in, target: cut, duration: 0.5s }
        """;

    private static IReadOnlyList<LintWarning> Lint(string text)
    {
        var doc = ManifestPipeline.LoadText(text);
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        return LayoutLint.Run(doc);
    }

    [Fact]
    public void Each_problem_is_found_with_its_path_and_second()
    {
        var warnings = Lint(Show);
        var text = string.Join("\n", warnings);
        LintWarning One(string check, string path)
        {
            var w = warnings.FirstOrDefault(x => x.Check == check && x.Path == path);
            Assert.True(w is not null, $"no {check} at {path} in:\n{text}");
            return w!;
        }
        const string p = "scenes[1].manifest.";
        Assert.Equal(2.5, One("off-canvas", p + "objects[0]").Second, 3);       // faded in by the third entry, ending at 1 + 1.5 s
        Assert.Equal(1.5, One("text-too-wide", p + "objects[1]").Second, 3);    // WIDELABEL in a 30 px circle
        Assert.Contains("WIDELABEL", One("text-too-wide", p + "objects[1]").Message);
        Assert.Contains("\"B\"", One("edge-through-node", p + "objects[1]").Message.Replace("WIDELABEL", "B"));
        Assert.Contains("objects[3]", One("overlap", p + "objects[2]").Message);
        Assert.Contains("Dark grey", One("contrast", p + "objects[4]").Message);
        Assert.Contains("10 px", One("small-text", p + "objects[5]").Message);
        Assert.Equal(1.5, One("subtitle-band", p + "objects[6]").Second, 3);    // a node under the band (placement avoids texts and cells only)
        // Nothing in the clean scene, and no overlap reported between objects that are apart.
        Assert.DoesNotContain(warnings, w => w.Path.StartsWith("scenes[0]"));
        Assert.DoesNotContain(warnings, w => w.Check == "overlap" && w.Message.Contains("objects[4]"));
    }

    [Fact]
    public void A_problem_is_reported_once_at_its_first_second()
    {
        var warnings = Lint(Show);
        Assert.Equal(warnings.Count, warnings.Select(w => (w.Check, w.Path, w.Message)).Distinct().Count());
        Assert.Single(warnings, w => w.Check == "small-text");
    }

    [Fact]
    public void Pointers_bars_and_weights_lay_out_without_findings_of_their_own()
    {
        var warnings = Lint("""
            meta: { title: t, canvas: { width: 1920, height: 1080, background: "#101018" } }
            objects:
              - { id: arr, type: data-structure, variant: array, view: bars, position: { x: 600, y: 500 } }
              - { id: i, type: pointer, on: arr, at: 0 }
              - { id: j, type: pointer, on: arr, at: 0, style: { color: "#3498db" } }
              - id: g
                type: graph
                directed: true
                nodes: [{ id: A, x: 1200, y: 400 }, { id: B, x: 1600, y: 400 }]
                edges: [{ from: A, to: B, weight: 3 }, { from: B, to: A, weight: 5 }]
            timeline:
              - { action: fade-in, target: arr, duration: 0s }
              - { action: init-cells, target: arr, values: [4, 8, 2], duration: 0.5s }
              - { action: fade-in, target: i, duration: 0s }
              - { action: fade-in, target: j, duration: 0s }
              - { action: fade-in, target: g, duration: 0.5s }
              - { action: move-pointer, target: j, to: 2, duration: 0.5s }
              - { action: highlight-node, target: g, node: A, color: "#f1c40f", duration: 0.5s }
            """);
        Assert.Empty(warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void Lint_verb_exits_1_with_warnings_and_0_when_clean()
    {
        using var dir = new TempDir();
        var messy = Path.Combine(dir.Path, "messy.yaml");
        var clean = Path.Combine(dir.Path, "clean.yaml");
        File.WriteAllText(messy, Show);
        File.WriteAllText(clean, """
            meta: { title: t, canvas: { width: 800, height: 400 } }
            objects:
              - { id: t, type: text, content: "Fine", position: { x: 400, y: 200 }, style: { font: "30px sans-serif" } }
            timeline:
              - { action: fade-in, target: t, duration: 1s }
            """);
        var output = new StringWriter();
        Assert.Equal(1, LintCommand.Run(messy, output));
        Assert.Contains("scenes[1].manifest.objects[5] at 1.50s", output.ToString());
        output = new StringWriter();
        Assert.Equal(0, LintCommand.Run(clean, output));
        Assert.Contains("lint: clean", output.ToString());
        Assert.Equal(2, LintCommand.Run(Path.Combine(dir.Path, "missing.yaml"), new StringWriter()));
    }

    [Fact]
    public void Shared_examples_findings_are_the_real_ones()
    {
        // The bfs-course walkthrough zooms in at 22.8 s: the traversal-order line drops below the canvas and the heading is cut.
        var doc = ManifestPipeline.LoadFile(Path.Combine(TestPaths.ExamplesDir, "bfs-course", "show.yaml"));
        var warnings = LayoutLint.Run(doc);
        Assert.Contains(warnings, w => w.Check == "off-canvas" && w.Second == 22.8 && w.Message.Contains("Visited") && w.Message.Contains("outside the canvas"));
        Assert.Contains(warnings, w => w.Check == "off-canvas" && w.Message.Contains("BFS Step-by-Step") && w.Message.Contains("cut"));
        // White labels on the yellow "queued" highlight.
        Assert.Contains(warnings, w => w.Check == "contrast" && w.Message.Contains("1.7:1"));
        Assert.DoesNotContain(warnings, w => w.Check is "overlap" or "edge-through-node" or "text-too-wide");
    }
}
