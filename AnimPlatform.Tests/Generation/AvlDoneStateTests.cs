using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Trees;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Lint;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// The AVL walkthrough's last picture, read off the compiled scene just before it fades out: the "Done" caption is up,
/// no pseudocode line is lit (every line at full strength), and the variables describe the final tree — no insert
/// running (x is "–"), node is its root, h the tree's height and b the root's balance, both worked out here from the
/// last tree the trace draws, and the rotation count is the trace's. Every node of the final tree is drawn in the plain
/// node colour then (the last insert's "new" green does not stay on).
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class AvlDoneStateTests
{
    private static readonly GeneratorCatalog Catalog = new();

    [Theory]
    [InlineData("avl insert 10 20 30 40 50 25")]
    [InlineData("avl tree 30 20 10 25 28 27 5 1")]
    [InlineData("avl insert 50 20 80 10 30 25 20 90 95")]
    [InlineData("avl insert 1 2 3 4 5 6 7 8 9 10")]
    [InlineData("avl insert 40 20 60 10")]
    [InlineData("avl insert 7 7")]
    public void At_the_end_no_line_is_lit_and_the_variables_show_the_final_tree(string input)
    {
        var match = new TopicMatcher(Catalog).Match(input)!;
        var trace = AvlGenerator.Run(AvlGenerator.ReadValues(match.Input, 1, []));
        var show = match.Generator.Generate(match.Input, 1).Show;
        var json = GenerationTestKit.Scene(show, "walkthrough");
        var doc = ManifestPipeline.FromNode(show.DeepClone());
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        var scene = doc.Show.Scenes.Single(e => e.Name == "walkthrough").Scene;
        var camera = new GroupElement();
        var warnings = new List<Diagnostic>();
        var container = camera.Add(new GroupElement());
        var run = SceneCompiler.Run(scene, container, camera, 0, warnings);
        Assert.Empty(warnings);

        // The Done picture once played (just before the recap's next text), and the last moment before the closing fade-out:
        // the recap that follows in this scene keeps the panels as the walkthrough left them.
        var entries = GenerationTestKit.Timeline(json).ToList();
        Assert.Equal(entries.Count, run.EntryEnds.Count);
        static IEnumerable<JsonObject> Acts(JsonObject e) => e["parallel"] is JsonArray p ? p.Select(a => (JsonObject)a!) : [e];
        var done = entries.FindIndex(e => Acts(e).Any(a => (string?)a["action"] == "set-text" && ((string?)a["value"])?.StartsWith("Done — ") == true));
        Assert.True(done > 0, $"{input}: no Done caption");
        var next = entries.FindIndex(done + 1, e => Acts(e).Any(a => (string?)a["action"] == "set-text"));
        Assert.True(next > done, $"{input}: nothing follows the Done caption");
        Assert.Equal(["fade-out"], Acts(entries[^1]).Select(a => (string?)a["action"]).Distinct().ToList());
        var caption = (TextRuntime)run.Objects[StandardScenes.StepId];
        Assert.StartsWith("Done — ", caption.Text.Content.At(run.EntryEnds[next - 1] - 1e-4));
        var probe = new LayoutProbe(RenderResources.CreateContext().Text, 1920, 1080);
        foreach (var t in new[] { run.EntryEnds[next - 1] - 1e-4, run.EntryEnds[^2] })
        {
            FinalPanels(input, trace, run, t);
            PlainNodes(input, trace, scene, run, probe, [camera, container], t);
        }
    }

    /// <summary>The tree on screen at <paramref name="t"/> has the final tree's node count, every circle in the plain fill.</summary>
    private static void PlainNodes(string input, AvlGenerator.Trace trace, SceneManifest scene, SceneCompiler.SceneRun run, LayoutProbe probe,
        IReadOnlyList<GroupElement> parents, double t)
    {
        var shapes = new List<LayoutShape>();
        foreach (var def in scene.Objects.Where(o => o.Id.StartsWith("tree") || o.Id.StartsWith("rot")))
            if (run.Objects.TryGetValue(def.Id, out var runtime)) probe.Collect(def.Id, parents, runtime.Root, t, shapes);
        var circles = shapes.Where(c => c.Kind == ShapeKind.Circle).ToList();
        Assert.Equal(trace.FinalInOrder.Count, circles.Count);
        Assert.True(ColorParser.TryParse(Theme.BaseFill, out var plain));
        foreach (var c in circles)
        {
            var label = shapes.Where(x => x.Kind == ShapeKind.Text && x.ObjectId == c.ObjectId && c.Bounds.Contains(x.Bounds.CentreX, x.Bounds.CentreY)).Select(x => x.Text).FirstOrDefault();
            Assert.True(Math.Abs(c.Color.R - plain.R) + Math.Abs(c.Color.G - plain.G) + Math.Abs(c.Color.B - plain.B) < 6,
                $"{input}: node {label} is drawn {c.Color} at {t:0.00} s (Done), not the plain {Theme.BaseFill}");
        }
    }

    private static void FinalPanels(string input, AvlGenerator.Trace trace, SceneCompiler.SceneRun run, double t)
    {
        var code = (CodeRuntime)run.Objects[LessonPanels.CodeId];
        for (var i = 0; i < code.Page.Lines.Count; i++)
        {
            Assert.True(code.Page.Lines[i].Band.Opacity.At(t) < 0.01, $"{input}: line {i + 1} is still lit at {t:0.00} s");
            Assert.True(code.Page.Lines[i].Group.Opacity.At(t) > 0.99, $"{input}: line {i + 1} is still dimmed at {t:0.00} s");
        }

        // The final tree as the trace last draws it: its root, height and the root's balance.
        var last = AvlGenerator.Versions(trace)[^1];
        var root = last.Single(n => n.Parent is null).Value;
        int Height(int? v) => v is null ? 0 : 1 + Math.Max(Height(Child(v.Value, "left")), Height(Child(v.Value, "right")));
        int? Child(int v, string side) => last.Where(n => n.Parent == v && n.Side == side).Select(n => (int?)n.Value).SingleOrDefault();
        var vars = (VariablesRuntime)run.Objects[LessonPanels.VarsId];
        string Shown(string name) => vars.Rows[name].Value.Content.At(t);
        Assert.True(Shown("x") == "–", $"{input}: x shows {Shown("x")} at {t:0.00} s, after the last insert");
        Assert.Equal(root.ToString(), Shown("node"));
        Assert.Equal(Height(root).ToString(), Shown("height h"));
        Assert.Equal(trace.FinalHeight, Height(root));
        Assert.Equal((Height(Child(root, "left")) - Height(Child(root, "right"))).ToString("+0;-0;0"), Shown("balance b"));
        Assert.Equal(trace.Steps.Sum(s => s.Fix?.Rotations.Count ?? 0).ToString(), Shown("rotations"));
    }
}
