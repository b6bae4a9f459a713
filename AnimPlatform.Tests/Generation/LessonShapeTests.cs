using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using Xunit.Abstractions;

namespace AnimPlatform.Tests.Generation;

/// <summary>Every topic: its examples validate and render; the lesson frame (intro + recap + outro) stays short; no developer text.</summary>
[Trait("Category", TestCategory.Unit)]
public class LessonShapeTests(ITestOutputHelper output)
{
    private static readonly GeneratorCatalog Catalog = new();

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var g in Catalog.Generators) data.Add(g.Info.Id);
        return data;
    }

    [Fact]
    public void There_are_at_least_32_topics() => Assert.True(Catalog.Generators.Count >= 32, $"{Catalog.Generators.Count} topics");

    /// <summary>Durations from the compiled show (the renderer's own scene spans).</summary>
    public static (double Total, double Walk, double Frame) Durations(JsonObject show)
    {
        var doc = ManifestPipeline.FromNode(show.DeepClone());
        var compiled = ShowCompiler.Compile(doc.Show);
        var walk = compiled.Scenes.Where(s => s.Name == "walkthrough").Sum(s => s.End - s.Start);
        return (compiled.Duration, walk, compiled.Duration - walk);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Examples_validate_render_and_keep_the_frame_short(string id)
    {
        var generator = Catalog.Find(id)!;
        foreach (var example in generator.Info.Examples)
        {
            var match = new TopicMatcher(Catalog).Match(example)!;
            Assert.Equal(id, match.Generator.Info.Id);
            var generated = generator.Generate(match.Input, 7);
            GenerationTestKit.AssertValidAndRenders(generated.Show);
            var (total, walk, frame) = Durations(generated.Show);
            output.WriteLine($"{id,-18} '{example}': {total,6:0.0} s, walkthrough {walk / total:P0}, frame {frame:0.0} s");
            Assert.True(frame <= 15, $"{example}: intro+recap+outro take {frame:0.0} s");
            Assert.True(frame / total <= 0.2 + 1e-9, $"{example}: intro+recap+outro are {frame / total:P0} of {total:0.0} s");
            Assert.True(total <= 190, $"{example}: {total:0} s is too long");
            foreach (var text in ShownTexts(generated.Show))
            {
                Assert.DoesNotContain("generator", text, StringComparison.OrdinalIgnoreCase);
                if (id.Contains('-')) Assert.DoesNotContain(id, text);
            }
        }
    }

    /// <summary>The outro says what it shows: the topic and the one idea to remember (not a generic "try your own").</summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void The_outro_says_the_topic_and_the_idea_it_shows(string id)
    {
        var g = Catalog.Find(id)!;
        var show = g.Generate(new TopicMatcher(Catalog).Match(g.Info.Examples[0])!.Input, 7).Show;
        var outro = GenerationTestKit.Scene(show, "outro");
        var said = (string)outro["narration"]!;
        var shown = GenerationTestKit.Actions(outro).Where(a => (string?)a["action"] == "set-text" && (string?)a["target"] == "idea")
            .Select(a => ((string)a["value"]!).Replace('\n', ' ')).Single();
        Assert.StartsWith("That's ", said);
        Assert.DoesNotContain("Try ", said);
        Assert.Contains(Core.Generation.Building.SpokenText.Of(shown), said);
    }

    /// <summary>Every string the video shows: text contents and set-text values of every scene.</summary>
    public static IEnumerable<string> ShownTexts(JsonObject show)
    {
        foreach (var scene in ((JsonArray)show["scenes"]!).Select(x => (JsonObject)x!))
        {
            foreach (var o in ((JsonArray)scene["manifest"]!["objects"]!).Select(x => (JsonObject)x!))
                if ((string?)o["type"] == "text") yield return (string?)o["content"] ?? "";
            foreach (var a in GenerationTestKit.Actions(scene))
                if ((string?)a["action"] == "set-text") yield return (string?)a["value"] ?? "";
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Random_default_input_validates_for_several_seeds(string id)
    {
        var generator = Catalog.Find(id)!;
        foreach (var seed in new[] { 1, 2, 3, 11, 42 })
        {
            var generated = generator.Generate("", seed);
            var doc = ManifestPipeline.FromNode(generated.Show.DeepClone());
            Assert.True(doc.IsValid, $"seed {seed}: " + string.Join("\n", doc.Errors));
            Assert.Empty(doc.Warnings);
            var (total, _, frame) = Durations(generated.Show);
            Assert.True(total <= 190, $"seed {seed} too long");
            Assert.True(frame <= 15 && frame / total <= 0.2 + 1e-9, $"seed {seed}: intro+recap+outro take {frame:0.0} s of {total:0.0} s");
        }
    }

    /// <summary>
    /// Between the first step and the key ideas, the picture never stands still for more than 2 s without a say: a run
    /// of pauses and instant changes is broken only by an entry that animates or speaks. (The opening caption before
    /// the first step and the key ideas after the last are reading time.)
    /// </summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void No_walkthrough_step_stands_still_for_more_than_two_seconds(string id)
    {
        var g = Catalog.Find(id)!;
        foreach (var example in g.Info.Examples)
        {
            var show = g.Generate(new TopicMatcher(Catalog).Match(example)!.Input, 7).Show;
            var timeline = GenerationTestKit.Timeline(GenerationTestKit.Scene(show, "walkthrough")).ToList();
            var header = timeline.FindIndex(e => e["parallel"] is not null);
            var start = timeline.FindIndex(header + 1, e => (string?)e["action"] == "set-text" && (string?)e["target"] == Core.Generation.Building.StandardScenes.StepId);
            var end = timeline.FindIndex(e => (string?)e["action"] == "set-text" && (string?)e["value"] == "Key ideas");
            var still = 0.0;
            for (var k = Math.Max(0, start); k < (end < 0 ? timeline.Count : end); k++)
            {
                var e = timeline[k];
                // A new caption or counter line is a change on screen too, even when it is instant.
                var moves = e["parallel"] is not null || (string?)e["action"] == "set-text"
                    || (string?)e["action"] != "pause" && DurationParser.Parse(e["duration"]) > 0;
                if (moves || e["say"] is not null) still = 0;
                else still += DurationParser.Parse(e["duration"]);
                Assert.True(still <= 2.0 + 1e-9, $"{example}: {still:0.0} s without anything moving or said before entry {k}");
            }
        }
    }
}
