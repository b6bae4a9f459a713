using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation.Structures;

/// <summary>
/// Hash table with separate chaining: h(k) = k mod m picks a bucket; each bucket holds a chain of keys
/// (new keys go to the end of the chain after checking for duplicates). Insert, search and delete.
/// </summary>
public sealed class HashTableGenerator : IShowGenerator
{
    public GeneratorInfo Info { get; } = new("hash-table", "Hash Table (Chaining)", "Data structures",
        ["hash table with chaining", "separate chaining", "hash tables", "hash table", "hashtable", "hash map", "hashmap", "hashing", "chaining"],
        ["hash table 15 11 27 8 12 22 size 7 search 22 delete 15", "hash table 10 20 30 41 buckets 5"],
        "integer keys, optionally 'size 7' (buckets) and 'search k' / 'delete k', e.g. 'hash table 15 11 27 8 size 7'");

    public enum Outcome { Inserted, Duplicate, Found, NotFound, Deleted, NotDeleted }

    /// <summary>What an operation did: its bucket, the chain position (-1 when absent) and every chain after it.</summary>
    public sealed record Step(Operation Operation, int Bucket, Outcome Outcome, int Position, IReadOnlyList<IReadOnlyList<int>> Buckets);

    public sealed record Trace(int BucketCount, IReadOnlyList<Step> Steps);

    public static int Hash(int key, int m) => ((key % m) + m) % m;

    public static Trace Run(int m, IReadOnlyList<Operation> ops)
    {
        var table = Enumerable.Range(0, m).Select(_ => new List<int>()).ToList();
        var steps = new List<Step>();
        foreach (var op in ops)
        {
            var k = op.Value!.Value;
            var b = Hash(k, m);
            var chain = table[b];
            var at = chain.IndexOf(k);
            Outcome outcome;
            switch (op.Command)
            {
                case "insert":
                    if (at >= 0) outcome = Outcome.Duplicate;
                    else
                    {
                        chain.Add(k);
                        at = chain.Count - 1;
                        outcome = Outcome.Inserted;
                    }
                    break;
                case "search":
                    outcome = at >= 0 ? Outcome.Found : Outcome.NotFound;
                    break;
                default:
                    if (at >= 0)
                    {
                        chain.RemoveAt(at);
                        outcome = Outcome.Deleted;
                    }
                    else outcome = Outcome.NotDeleted;
                    break;
            }
            steps.Add(new Step(op, b, outcome, at, table.Select(c => (IReadOnlyList<int>)c.ToList()).ToList()));
        }
        return new Trace(m, steps);
    }

    public static (int Buckets, List<Operation> Ops) ReadOperations(string input, int seed, List<string> notes)
    {
        int? m = null;
        var parser = new OperationParser(
        [
            ("insert", ["add", "put"], true),
            ("search", ["find", "get", "lookup", "contains"], true),
            ("delete", ["remove", "del", "erase"], true),
        ], "insert");
        foreach (var word in new[] { "size", "buckets", "bucket", "mod", "m", "capacity", "slots" }) parser.Settings[word] = n => m = n;
        var ops = parser.Parse(input);
        if (m is { } given && (given < 2 || given > InputCaps.MaxBuckets))
            throw new GeneratorInputException("operations", $"the table needs 2 to {InputCaps.MaxBuckets} buckets (you asked for {given})");
        var buckets = m ?? 7;
        if (ops.Count == 0)
        {
            var keys = PromptTokens.RandomValues(seed, 7, 1, 60);
            ops = keys.Select(k => new Operation("insert", k)).ToList();
            ops.Add(new Operation("search", keys[new Random(seed).Next(keys.Count)]));
            ops.Add(new Operation("delete", keys[0]));
            notes.Add($"no keys given: using {string.Join(", ", ops)} with {buckets} buckets (seed {seed})");
        }
        var trace = Run(buckets, ops);
        if (trace.Steps.Any(s => s.Buckets.Sum(c => c.Count) > InputCaps.MaxHashKeys))
            throw new GeneratorInputException("operations", $"the table would hold more than {InputCaps.MaxHashKeys} keys; use fewer so the video stays readable");
        return (buckets, ops);
    }

    private const double BucketY = 270;
    private const double ChainTop = 410;
    private const double CellWidth = 110;
    private const double Gap = 12;

    private static double BucketX(int i, int m) => Theme.CenterX - (m * CellWidth + (m - 1) * Gap) / 2 + CellWidth / 2 + i * (CellWidth + Gap);

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var (m, ops) = ReadOperations(input, seed, notes);
        var trace = Run(m, ops);
        var maxChain = Math.Max(1, trace.Steps.SelectMany(s => s.Buckets).Max(c => c.Count));
        var spacing = maxChain <= 1 ? 110 : Math.Min(110, 490.0 / (maxChain - 1));
        var radius = Math.Min(32, spacing / 2 - 4);
        double ChainY(int pos) => ChainTop + pos * spacing;
        var arrows = spacing >= 90;

        var show = new ShowBuilder(Info.Title, Info.Id);
        var inputText = $"{m} buckets; {string.Join(", ", ops)}";
        LessonScenes.Intro(show, "A hash function picks the bucket; collisions share a chain",
        [
            $"h(k) = k mod {m} gives a bucket between 0 and {m - 1}",
            "Keys with the same bucket form a chain (a linked list)",
            "Insert, search and delete only walk one chain",
            "Short chains keep every operation fast",
        ], $"{m} buckets · {string.Join(", ", ops)}",
            $"A hash table stores keys in buckets chosen by a hash function. Here the hash is the key modulo {m}, and colliding keys are chained together.");

        var s = StandardScenes.Walkthrough(show, "walkthrough", "Hash Table with Chaining", Narrate(trace),
            [("bucket / checking", "compare"), ("inserted / found", "found"), ("deleting", "swap")]);
        // The buckets are a one-row grid (no "Array" caption, labels readable); cells are CellWidth + Gap wide, so
        // their centres are BucketX.
        s.Add(new JsonObject
        {
            ["id"] = "buckets",
            ["type"] = "grid",
            ["rows"] = 1,
            ["cols"] = m,
            ["position"] = SceneBuilder.Pos(Theme.CenterX, BucketY),
            ["values"] = new JsonArray(new JsonArray(Enumerable.Range(0, m).Select(i => (JsonNode?)JsonValue.Create($"#{i}")).ToArray())),
            ["style"] = new JsonObject { ["cellWidth"] = CellWidth + Gap, ["cellHeight"] = 56, ["fontSize"] = 24, ["fillColor"] = "#2a2a4a", ["borderColor"] = "#5a5a8a" },
        });
        s.Text("hash", Theme.CenterX, 195, "bold 26px monospace", Theme.Accent);
        s.Text("load", Theme.CenterX, 980, "22px sans-serif", Theme.Subtle);
        s.Together(Act.FadeIn("buckets", 0.5), Act.FadeIn("hash", 0.3), Act.FadeIn("load", 0.3)).Pause(0.3);

        var chains = Enumerable.Range(0, m).Select(_ => new List<(int Key, NodeSprite Node, TextSprite? Arrow)>()).ToList();
        var made = 0;
        string Load()
        {
            var n = chains.Sum(c => c.Count);
            return $"n = {n} keys, m = {m} buckets → load factor n/m = {(double)n / m:0.00}";
        }
        s.SetText("load", Load()).Pause(0.5);

        string HeadArrow(int b)
        {
            var id = $"bucketArrow{b}";
            if (!s.Has(id)) s.Text(id, BucketX(b, m), (BucketY + 25 + ChainTop - radius) / 2 + 6, "bold 30px sans-serif", Theme.Subtle, "↓");
            return id;
        }

        List<int> WalkChain(int b, int key, bool stopAtMatch)
        {
            var touched = new List<int>();
            for (var p = 0; p < chains[b].Count; p++)
            {
                touched.Add(p);
                var k = chains[b][p].Key;
                s.Step(k == key ? $"Chain position {p}: {k} = {key}" : $"Chain position {p}: {k} ≠ {key} → next")
                 .Do(chains[b][p].Node.Highlight("$compare", 0.3)).Pause(0.6);
                if (stopAtMatch && k == key) break;
            }
            return touched;
        }

        foreach (var step in trace.Steps)
        {
            var op = step.Operation;
            var key = op.Value!.Value;
            var b = step.Bucket;
            s.SetText(StandardScenes.TitleId, $"{op.Command}({key})")
             .SetText("hash", $"h({key}) = {key} mod {m} = {b}")
             .Step($"{key} goes to bucket {b}")
             .Do(BucketCell("highlight-grid-cell", b, 0.35, "$compare")).Pause(0.8);
            var walked = WalkChain(b, key, stopAtMatch: true);
            switch (step.Outcome)
            {
                case Outcome.Inserted:
                {
                    var pos = chains[b].Count;
                    var x = BucketX(b, m);
                    var node = NodeSprite.Add(s, $"key{++made}", key.ToString(), x, ChainY(pos), radius);
                    // The bucket's own arrow leads to the first node; arrows between nodes when there is room.
                    TextSprite? arrow = arrows && pos > 0 ? TextSprite.Add(s, $"link{made}", "↓", x, ChainY(pos) - spacing / 2, "bold 30px sans-serif", Theme.Subtle) : null;
                    chains[b].Add((key, node, arrow));
                    s.Step(pos == 0 ? $"Bucket {b} is empty → {key} starts the chain" : $"{key} is not in the chain → append it")
                     .Together(new[] { Act.FadeIn(node.Id, 0.5) }.Concat(arrow is null ? [] : [Act.FadeIn(arrow.Id, 0.5)])
                        .Concat(pos == 0 ? [Act.FadeIn(HeadArrow(b), 0.5)] : []))
                     .Do(node.Highlight("$found", 0.3)).Pause(0.7)
                     .Together(walked.Select(p => chains[b][p].Node.Reset()).Append(node.Reset()));
                    break;
                }
                case Outcome.Duplicate:
                    s.Step($"{key} is already in bucket {b} — nothing to insert").Pause(1.2)
                     .Together(walked.Select(p => chains[b][p].Node.Reset()));
                    break;
                case Outcome.Found:
                    s.Step($"Found {key} in bucket {b} at chain position {step.Position}")
                     .Do(chains[b][step.Position].Node.Highlight("$found", 0.35)).Pause(1.5)
                     .Together(walked.Select(p => chains[b][p].Node.Reset()));
                    break;
                case Outcome.NotFound:
                case Outcome.NotDeleted:
                    s.Step($"End of chain {b}: {key} is not in the table{(op.Command == "delete" ? " — nothing to delete" : "")}").Pause(1.5)
                     .Together(walked.Select(p => chains[b][p].Node.Reset()));
                    break;
                case Outcome.Deleted:
                {
                    var p = step.Position;
                    var victim = chains[b][p];
                    s.Step($"Found {key}: unlink it from chain {b}")
                     .Do(victim.Node.Highlight("$swap", 0.35)).Pause(0.8)
                     .Together(new[] { Act.FadeOut(victim.Node.Id, 0.5) }.Concat(victim.Arrow is null ? [] : [Act.FadeOut(victim.Arrow.Id, 0.5)]));
                    chains[b].RemoveAt(p);
                    var moves = new List<JsonObject>();
                    if (chains[b].Count == 0) moves.Add(Act.FadeOut(HeadArrow(b), 0.4));
                    for (var q = p; q < chains[b].Count; q++)
                    {
                        moves.Add(chains[b][q].Node.MoveTo(BucketX(b, m), ChainY(q), 0.6));
                        if (chains[b][q].Arrow is not { } a) continue;
                        if (q == 0)
                        {
                            moves.Add(Act.FadeOut(a.Id, 0.3)); // the bucket's arrow now leads to this node
                            chains[b][q] = chains[b][q] with { Arrow = null };
                        }
                        else moves.Add(a.MoveTo(BucketX(b, m), ChainY(q) - spacing / 2, 0.6));
                    }
                    s.Together(moves).Together(walked.Where(q => q < p).Select(q => chains[b][q].Node.Reset()));
                    break;
                }
            }
            s.Do(BucketCell("clear-grid-cell", b, 0.3)).SetText("load", Load()).Pause(0.5);
        }
        var longest = chains.Max(c => c.Count);
        s.Step($"Longest chain: {longest} key{(longest == 1 ? "" : "s")} — {Load()}").Pause(1.5).FadeOutAll();

        var final = string.Join("  ", chains.Select((c, i) => $"{i}:[{string.Join(",", c.Select(x => x.Key))}]"));
        LessonScenes.Recap(show,
        [
            "The hash function maps a key straight to its bucket",
            "Colliding keys share the bucket's chain",
            "Operations walk one chain: cost grows with the load factor",
            $"Here: {final}",
        ], ["Time: O(1) average, O(n) worst (everything in one chain)", "Space: O(n + m)"],
            "A hash table with chaining sends each key to a bucket with the hash function and keeps colliding keys in a chain. With a low load factor, operations take constant time on average.");
        LessonScenes.Outro(show, "the hash picks the bucket, so a lookup checks one short chain", "That's a hash table with chaining. Try your own keys.");
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);
    }

    private static JsonObject BucketCell(string action, int b, double d, string? color = null)
    {
        var o = new JsonObject { ["action"] = action, ["target"] = "buckets", ["cell"] = new JsonArray(0, b), ["duration"] = Fmt.Seconds(d) };
        if (color is not null) o["color"] = color;
        return o;
    }

    private static string Narrate(Trace t) =>
        $"We use {t.BucketCount} buckets and hash each key modulo {t.BucketCount}. " + string.Join(" ", t.Steps.Select(s => s.Outcome switch
        {
            Outcome.Inserted => $"{s.Operation.Value} goes to bucket {s.Bucket}.",
            Outcome.Duplicate => $"{s.Operation.Value} is already there.",
            Outcome.Found => $"Searching finds {s.Operation.Value} in bucket {s.Bucket}.",
            Outcome.Deleted => $"We delete {s.Operation.Value} from bucket {s.Bucket}.",
            _ => $"{s.Operation.Value} is not in the table.",
        }));
}
