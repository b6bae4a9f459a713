using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// Generated walkthroughs are narrated step by step: each step caption is said (<c>say</c>) as it appears, the
/// scene's outcome is said at the end over the finished picture (its first sentence opens the scene), later fast passes are shown
/// without being said, and the spoken text reads symbols as words.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class LessonStepNarrationTests
{
    private static readonly GeneratorCatalog Catalog = new();

    private static JsonObject Walkthrough(string generator, string input)
    {
        var show = Catalog.Find(generator)!.Generate(input, 1).Show;
        Assert.True(ManifestPipeline.FromNode(show.DeepClone()).IsValid);
        return show["scenes"]!.AsArray().Select(s => s!.AsObject()).Single(s => (string)s["name"]! == "walkthrough");
    }

    private static List<JsonObject> Timeline(JsonObject scene) =>
        scene["manifest"]!["timeline"]!.AsArray().Select(e => e!.AsObject()).ToList();

    [Theory]
    [InlineData("quick-sort", "5 3 8 1")]
    [InlineData("bfs", "from A on A-B A-C B-D C-D")]
    [InlineData("lcs", "ABCB BDCA")]
    [InlineData("bst", "insert 5 3 8 delete 3")]
    [InlineData("avl", "insert 10 20 30 25 28")]
    [InlineData("binary-heap", "max insert 5 3 8 1 extract")]
    [InlineData("trie", "insert cat car search ca search cow")]
    public void Each_step_caption_is_said_as_it_appears_and_the_summary_at_the_end(string generator, string input)
    {
        var scene = Walkthrough(generator, input);
        // At the start the topic's intro and what we are about to do, never the outcome (said at the end) while the screen shows step one.
        var opening = (string)scene["narration"]!;
        var timeline = Timeline(scene);
        var closingSay = timeline.Select(e => (string?)e["say"]).Last(x => x is not null && x.Length > 0)!;
        Assert.DoesNotContain(closingSay, opening);
        // Each caption is said with the first entry after it that changes the picture (not on the instant caption change).
        var said = 0;
        // Up to the key ideas: there the cost line is said in the topic's own words (its recap narration).
        var keyIdeas = timeline.FindIndex(e => (string?)e["value"] == "Key ideas");
        for (var i = 0; i < (keyIdeas < 0 ? timeline.Count : keyIdeas); i++)
        {
            if ((string?)timeline[i]["action"] != "set-text" || (string?)timeline[i]["target"] != StandardScenes.StepId) continue;
            Assert.Null(timeline[i]["say"]);
            var next = timeline.Skip(i + 1).FirstOrDefault(e => e["say"] is not null || e["parallel"] is not null || (string?)e["duration"] is { } d && d != "0s");
            if (next?["say"] is not { } say) continue;
            Assert.StartsWith(SpokenText.Of((string)timeline[i]["value"]!), (string)say!);
            said++;
        }
        Assert.True(said > 0, "the steps are said");
        var last = timeline[^1];
        var closing = (string?)last["action"] == "pause" ? (string?)last["say"] ?? "" : "";
        Assert.True(timeline.Sum(e => ((string?)e["say"])?.Length ?? 0) <= SceneBuilder.MaxSpokenCharacters + closing.Length);
    }

    [Fact]
    public void Later_fast_passes_say_only_their_headings()
    {
        var timeline = Timeline(Walkthrough("bubble-sort", "6 5 4 3 2 1"));
        // The title line: the walkthrough's name first, then each pass's heading.
        var headings = timeline.Select((e, i) => (e, i)).Where(x => (string?)x.e["target"] == StandardScenes.TitleId).Select(x => x.i).ToList();
        Assert.True(headings.Count >= 4, "bubble sort of six values has several passes");
        var firstPass = timeline.Take(headings[2]).Count(e => e["say"] is not null);
        // The key ideas at the end (title "Key ideas") are said again; the passes before them are not.
        var keyIdeas = timeline.FindIndex(e => (string?)e["value"] == "Key ideas");
        // Of a later pass only its heading is said ("Pass 3."), so it waits for the sentence before it.
        var passTitles = headings.Skip(2).Select(i => StandardScenes.SpokenHeading((string)timeline[i]["value"]!)).ToHashSet();
        var laterPasses = timeline.Take(keyIdeas).Skip(headings[2]).SkipLast(1).Select(e => (string?)e["say"]).OfType<string>().ToList();
        Assert.True(firstPass > 0);
        Assert.NotEmpty(laterPasses);
        Assert.All(laterPasses, say => Assert.Contains(say, passTitles));
    }

    [Theory]
    [InlineData("8 ≥ 2 → stays right", "8 is at least 2, so stays right")]
    [InlineData("hi ← mid − 1", "hi becomes mid minus 1")]
    [InlineData("a[3] < a[4] · no swap", "a 3 is less than a 4, no swap")]
    [InlineData("dist[B] = 4", "dist B is 4")]
    [InlineData("A–B: B is new → mark seen, enqueue", "A to B: B is new, so mark seen, enqueue")]
    [InlineData("Compare [0] and [1]: 6 > 5 → swap", "Compare position 0 and position 1: 6 is greater than 5, so swap")]
    [InlineData("Here: sorted → [1, 2, 3]", "Here: sorted, so 1, 2, 3")]
    [InlineData("We will sort [9999, 8888, 7777, 6666, 5555, 1234].", "We will sort 9999, 8888, and so on, ending with 1234.")]
    [InlineData("a[2] and [3] of [4, 5]", "a 2 and position 3 of 4, 5")]
    [InlineData("dist[i][j] = min(dist[i][j], dist[i][k] + dist[k][j])", "dist i, j is the smaller of dist i, j and dist i, k plus dist k, j")]
    [InlineData("1 + min(replace 3, delete 2, insert 4) = 3", "1 plus the smallest of replace 3, delete 2 and insert 4 is 3")]
    [InlineData("K[i−1][c−w] + 5", "K i minus 1, c minus w plus 5")]
    [InlineData("max(K[i−1][c], 7)", "the larger of K i minus 1, c and 7")]
    [InlineData("The list 3 → 7 → 1 → null", "The list 3, then 7, then 1, then null")]
    [InlineData("Here: visit order A → B → C", "Here: visit order A, then B, then C")]
    public void Symbols_are_read_as_words(string caption, string spoken) => Assert.Equal(spoken, SpokenText.Of(caption));

    [Theory]
    [InlineData("push(5)", "Push 5.")]
    [InlineData("pop()", "Pop.")]
    [InlineData("insert(5) at 1", "Insert 5 at 1.")]
    [InlineData("union(1, 2)", "Union 1, 2.")]
    [InlineData("Insert \"tree\"", "Insert \"tree\".")]
    [InlineData("Pass 2: smallest of indices 1..4", "Pass 2: smallest of indices 1..4.")]
    public void Headings_are_said_as_sentences(string title, string said) => Assert.Equal(said, StandardScenes.SpokenHeading(title));
}
