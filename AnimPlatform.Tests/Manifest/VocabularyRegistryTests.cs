using System.Text;
using AnimPlatform.Core.Generation.Ai;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Normalization;
using AnimPlatform.Core.Manifest.Vocabulary;
using AnimPlatform.Core.Rendering.Actions;
using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Text;
using AnimPlatform.Tests.Support;
using SkiaSharp;

namespace AnimPlatform.Tests.Manifest;

/// <summary>
/// Walks the registry: every kind and action has a runtime/handler, docs, an example that validates without
/// warnings, and draws (kinds) — so a new descriptor cannot be half registered.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class VocabularyRegistryTests
{
    /// <summary>A scene holding every kind's example; <paramref name="timeline"/> is YAML list items.</summary>
    private static string SampleScene(string timeline)
    {
        var md = new StringBuilder("""
            meta:
              title: sample
              canvas: { width: 1920, height: 1080, background: "#101018" }
            objects:

            """);
        foreach (var kind in VocabularyRegistry.Kinds) md.Append("  - ").Append(kind.Example).Append('\n');
        md.Append("timeline:\n").Append(timeline);
        return md.ToString();
    }

    [Fact]
    public void Kind_and_action_names_are_unique_and_documented()
    {
        Assert.Equal(VocabularyRegistry.Kinds.Count, VocabularyRegistry.KindNames.Distinct().Count());
        Assert.Equal(VocabularyRegistry.Actions.Count, VocabularyRegistry.ActionNames.Distinct().Count());
        Assert.Equal(["graph", "tree", "data-structure", "text"], VocabularyRegistry.KindNames.Take(4));
        foreach (var kind in VocabularyRegistry.Kinds)
        {
            Assert.False(string.IsNullOrWhiteSpace(kind.Doc), kind.Type);
            Assert.All(kind.Fields.Concat(kind.Style), f => Assert.False(string.IsNullOrWhiteSpace(f.Doc), $"{kind.Type}.{f.Name}"));
        }
        foreach (var action in VocabularyRegistry.Actions)
        {
            Assert.NotNull(action.Handler);
            Assert.True(ActionRegistry.TryGet(action.Name, out var handler) && ReferenceEquals(handler, action.Handler), action.Name);
            Assert.False(string.IsNullOrWhiteSpace(action.Doc), action.Name);
            Assert.Contains($"action: {action.Name},", action.Example);
            Assert.Contains(action.Name, LenientNormalizer.ActionNames);
            Assert.True(ActionCatalog.TryGet(action.Name, out var info) && info.DurationRequired == action.DurationRequired, action.Name);
        }
    }

    [Fact]
    public void Every_example_validates_without_errors_or_warnings()
    {
        var timeline = string.Concat(VocabularyRegistry.Actions.Select(a => "  - " + a.Example + "\n"));
        var doc = ManifestPipeline.LoadText(SampleScene(timeline));
        Assert.Empty(doc.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Every_action_example_compiles_without_runtime_warnings()
    {
        // Fade everything in, then run each example in order.
        var fades = string.Concat(VocabularyRegistry.Kinds.Select(k => $"  - {{ action: fade-in, target: {IdOf(k)}, duration: 0.1s }}\n"));
        var timeline = fades + string.Concat(VocabularyRegistry.Actions.Select(a => "  - " + a.Example + "\n"));
        var show = TestRender.Compile(SampleScene(timeline));
        Assert.Empty(show.Warnings.Select(w => w.ToString()));
    }

    public static TheoryData<string> KindTypes() => [.. VocabularyRegistry.KindNames];

    [Theory]
    [MemberData(nameof(KindTypes))]
    public void Every_kind_draws_something_when_faded_in(string type)
    {
        Assert.True(VocabularyRegistry.TryGetKind(type, out var kind));
        var others = string.Concat(VocabularyRegistry.Kinds.Where(k => k != kind)
            .Select(k => $"  - {{ action: fade-in, target: {IdOf(k)}, duration: 0s }}\n"));
        var timeline = others + $"  - {{ action: pause, duration: 1s }}\n  - {{ action: fade-in, target: {IdOf(kind)}, duration: 0s }}\n  - {{ action: pause, duration: 1s }}\n";
        var show = TestRender.Compile(SampleScene(timeline));
        using var before = TestRender.Frame(show, 0.5);
        using var after = TestRender.Frame(show, 1.5);
        var changed = 0;
        for (var y = 0; y < before.Height; y += 2)
        for (var x = 0; x < before.Width; x += 2)
            if (before.GetPixel(x, y) != after.GetPixel(x, y)) changed++;
        Assert.True(changed > 50, $"{type}: only {changed} sampled pixels changed when it faded in");
    }

    [Fact]
    public void Docs_page_and_ai_prompt_list_every_kind_and_action()
    {
        var path = Path.Combine(RepoRoot(), "AnimPlatform.Web", "Docs", "manifest-reference.md");
        var docs = VocabularyDocs.Expand(File.ReadAllText(path));
        Assert.DoesNotContain("<!-- vocabulary:", docs);
        var prompt = SystemPrompt.Value;
        Assert.DoesNotContain("<!-- vocabulary:", prompt);
        foreach (var kind in VocabularyRegistry.Kinds)
        {
            Assert.Contains($"### {kind.Type}", docs);
            Assert.Contains($"`{kind.Type}`", prompt);
            foreach (var style in kind.Style) Assert.Contains($"`{style.Name}`", docs);
        }
        foreach (var action in VocabularyRegistry.Actions)
        {
            Assert.Contains($"[`{action.Name}`](#{action.Name})", docs);
            Assert.Contains($"| `{action.Name}` |", prompt);
        }
    }

    [Fact]
    public void Unregistered_kind_and_action_are_refused_by_validator_and_normaliser()
    {
        var doc = ManifestPipeline.LoadText("""
            meta: { title: t, canvas: { width: 100, height: 100 } }
            objects:
              - { id: x, type: hologram, position: { x: 1, y: 1 } }
            timeline:
              - { action: explode, duration: 1s }
            """);
        Assert.Contains(doc.Warnings, d => d.Path == "objects[0].type");
        Assert.Contains(doc.Warnings, d => d.Path == "timeline[0].action");
    }

    private sealed class ProbeElement : Element
    {
        private Track<double> Hidden { get; } = Interpolators.NumberTrack(0);

        public void Animate() => Hidden.Animate(2, 1, 5, p => p);

        public override void Draw(SKCanvas canvas, double t, DrawContext context) { }
    }

    [Fact]
    public void Static_span_detection_finds_every_declared_track_even_private_ones()
    {
        var probe = new ProbeElement();
        probe.Animate();
        var changes = new ChangeCollector();
        probe.CollectChanges(changes);
        Assert.Contains((2.0, 3.0), changes.Spans);
        Assert.Single(probe.AnimatedTracks);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AnimPlatform.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("AnimPlatform.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The id in a kind's example ("{ id: graph, …").</summary>
    private static string IdOf(ObjectKindDescriptor kind)
    {
        var m = System.Text.RegularExpressions.Regex.Match(kind.Example, @"id:\s*([\w-]+)");
        Assert.True(m.Success, kind.Type);
        return m.Groups[1].Value;
    }
}
