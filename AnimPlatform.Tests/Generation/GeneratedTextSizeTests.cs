using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Lint;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// Every generated lesson keeps its text readable in class: no visible text under 18 px at the 1920×1080
/// canvas (the lint's opt-in lesson rule, <see cref="LintOptions.Lesson"/>: labels shrunk to fit their shape
/// count too), for the random default input of a few seeds and every example prompt of each generator.
/// </summary>
[Trait("Category", TestCategory.Integration)]
public partial class GeneratedTextSizeTests
{
    private static readonly GeneratorCatalog Catalog = new();
    private static readonly TopicMatcher Matcher = new(Catalog);

    public static TheoryData<string> Lessons()
    {
        var data = new TheoryData<string>();
        foreach (var g in Catalog.Generators) data.Add(g.Info.Id);
        return data;
    }

    /// <summary>The inputs looked at: the random default for seeds 1–3, then each example prompt's input.</summary>
    public static IEnumerable<(string Input, int Seed)> Inputs(IShowGenerator generator)
    {
        for (var seed = 1; seed <= 3; seed++) yield return ("", seed);
        foreach (var example in generator.Info.Examples)
            if (Matcher.Match(example) is { } match && match.Generator == generator) yield return (match.Input, 1);
    }

    /// <summary>Each small text as "input: object id (path) at second: message".</summary>
    public static List<string> SmallText(string id)
    {
        var generator = Catalog.Find(id)!;
        var found = new List<string>();
        foreach (var (input, seed) in Inputs(generator))
        {
            var show = generator.Generate(input, seed).Show;
            var doc = ManifestPipeline.FromNode(show.DeepClone());
            Assert.True(doc.IsValid, $"{id} '{input}' seed {seed}: " + string.Join("\n", doc.Errors));
            foreach (var w in LayoutLint.Run(doc, options: LintOptions.Lesson).Where(w => w.Check == "small-text"))
                found.Add($"'{input}' seed {seed}: {ObjectId(show, w.Path)} ({w.Path}) at {w.Second:0.0}s: {w.Message}");
        }
        return found;
    }

    /// <summary>The id of the object at a lint path such as <c>scenes[1].manifest.objects[3]</c>.</summary>
    private static string ObjectId(JsonObject show, string path)
    {
        var m = ObjectPath().Match(path);
        if (!m.Success) return "?";
        var scene = show["scenes"]![int.Parse(m.Groups[1].Value)]!;
        return (string?)scene["manifest"]!["objects"]![int.Parse(m.Groups[2].Value)]!["id"] ?? "?";
    }

    [GeneratedRegex(@"^scenes\[(\d+)\]\.manifest\.objects\[(\d+)\]")]
    private static partial Regex ObjectPath();

    [Theory]
    [MemberData(nameof(Lessons))]
    public void No_visible_text_is_under_18_px_at_1080p(string id)
    {
        var found = SmallText(id).Distinct().ToList();
        Assert.True(found.Count == 0, $"{id}: {found.Count} text(s) under {LintOptions.Lesson.MinTextPx} px:\n" + string.Join("\n", found.Take(20)));
    }
}
