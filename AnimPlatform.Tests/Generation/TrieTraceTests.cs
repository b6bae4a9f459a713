using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Trees;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// The trie generator against an independent reference (a set of words and a set of prefixes, no tree):
/// same created nodes, same outcomes, same stopping point; the emitted show ends on the trie the reference
/// describes; input errors name the bad word.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class TrieTraceTests
{
    private sealed record RefStep(IReadOnlyList<string> Created, TrieOutcome Outcome, int Visited);

    private static List<RefStep> Reference(IEnumerable<(string Command, string Word)> ops)
    {
        var words = new HashSet<string>();
        var prefixes = new HashSet<string> { "" };
        var result = new List<RefStep>();
        foreach (var (command, word) in ops)
        {
            var all = Enumerable.Range(1, word.Length).Select(n => word[..n]).ToList();
            if (command == "insert")
            {
                var created = all.Where(p => !prefixes.Contains(p)).ToList();
                prefixes.UnionWith(all);
                result.Add(new RefStep(created, words.Add(word) ? TrieOutcome.Inserted : TrieOutcome.AlreadyThere, word.Length + 1));
            }
            else
            {
                var present = all.TakeWhile(prefixes.Contains).Count();
                var outcome = words.Contains(word) ? TrieOutcome.Found : present == word.Length ? TrieOutcome.PrefixOnly : TrieOutcome.Missing;
                result.Add(new RefStep([], outcome, present + 1));
            }
        }
        return result;
    }

    private static List<(string, string)> RandomOps(Random r)
    {
        var ops = new List<(string, string)>();
        for (var i = 0; i < r.Next(1, 12); i++)
        {
            var word = new string(Enumerable.Range(0, r.Next(1, 5)).Select(_ => "abc"[r.Next(3)]).ToArray());
            ops.Add((r.Next(3) == 0 ? "search" : "insert", word));
        }
        return ops;
    }

    [Fact]
    public void Every_step_matches_the_reference_for_random_words()
    {
        var r = new Random(7);
        for (var run = 0; run < 300; run++)
        {
            var ops = RandomOps(r);
            var trace = TrieGenerator.Run(ops);
            var expected = Reference(ops);
            for (var i = 0; i < ops.Count; i++)
            {
                var step = trace.Steps[i];
                Assert.Equal(expected[i].Outcome, step.Outcome);
                Assert.Equal(expected[i].Created, step.Created);
                Assert.Equal(expected[i].Visited, step.Visited.Count);
            }
            var words = ops.Where(o => o.Item1 == "insert").Select(o => o.Item2).Distinct().Order(StringComparer.Ordinal).ToList();
            Assert.Equal(words, trace.FinalWords);
        }
    }

    [Fact]
    public void The_show_ends_on_the_reference_trie_and_says_each_outcome()
    {
        var ops = new List<(string, string)> { ("insert", "cat"), ("insert", "car"), ("insert", "cart"), ("insert", "dog"), ("search", "car"), ("search", "ca"), ("search", "cow"), ("insert", "car") };
        var gen = new TrieGenerator();
        var show = gen.Generate("insert cat car cart dog search car search ca search cow insert car", 1).Show;
        GenerationTestKit.AssertValidAndRenders(show);
        var scene = GenerationTestKit.Scene(show, "walkthrough");
        var graphs = ((JsonArray)scene["manifest"]!["objects"]!).Select(o => (JsonObject)o!).Where(o => (string?)o["type"] == "graph").ToList();
        var last = graphs[^1];
        var prefixes = new HashSet<string> { "root" };
        foreach (var (_, w) in ops.Where(o => o.Item1 == "insert"))
            for (var n = 1; n <= w.Length; n++) prefixes.Add("p_" + w[..n]);
        Assert.Equal(prefixes.Order(), ((JsonArray)last["nodes"]!).Select(n => (string)n!["id"]!).Order());
        Assert.Equal(prefixes.Count - 1, ((JsonArray)last["edges"]!).Count);
        // One graph per created node (plus the first, the root alone).
        Assert.Equal(Reference(ops).Sum(x => x.Created.Count) + 1, graphs.Count);
        var captions = GenerationTestKit.Actions(scene).Where(a => (string?)a["action"] == "set-text" && (string?)a["target"] == "step").Select(a => (string)a["value"]!).ToList();
        Assert.Contains(captions, c => c.StartsWith("Found \"car\""));
        Assert.Contains(captions, c => c.StartsWith("\"ca\" is only a prefix"));
        Assert.Contains(captions, c => c.Contains("\"cow\" is not in the trie"));
        Assert.Contains(captions, c => c.Contains("\"car\" was stored before"));
        // Every switch to the next graph is a cut (no crossfade).
        foreach (var block in GenerationTestKit.Timeline(scene).Where(e => e["parallel"] is JsonArray))
        {
            var fades = ((JsonArray)block["parallel"]!).Select(a => (JsonObject)a!).Where(a => ((string)a["action"]!).StartsWith("fade") && ((string)a["target"]!).StartsWith("trie")).ToList();
            if (fades.Count == 2) Assert.All(fades, f => Assert.Equal("0s", (string)f["duration"]!));
        }
    }

    [Theory]
    [InlineData("insert c4t", "'c4t' is not a word")]
    [InlineData("insert elephants", "at most 7 letters")]
    [InlineData("b c d e f g h i j", "at most 8")]
    public void Bad_input_names_the_problem(string input, string message)
    {
        var ex = Assert.Throws<GeneratorInputException>(() => new TrieGenerator().Generate(input, 1));
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void Without_words_it_uses_seeded_words_and_says_so()
    {
        var a = new TrieGenerator().Generate("what is a", 3);
        var b = new TrieGenerator().Generate("what is a", 3);
        Assert.Equal(a.Show.ToJsonString(), b.Show.ToJsonString());
        Assert.Contains(a.Notes, n => n.StartsWith("no words given"));
    }
}
