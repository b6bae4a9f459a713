using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
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

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var (m, ops) = ReadOperations(input, seed, notes);
        var trace = Run(m, ops);
        var longest = Math.Max(1, trace.Steps.SelectMany(s => s.Buckets).Max(c => c.Count));
        var labelChars = ops.Max(o => o.Value!.Value.ToString().Length);

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

        var s = StandardScenes.Walkthrough(show, "walkthrough", "Hash Table with Chaining", Narrate(trace));
        var panels = new LessonPanels(s, PseudocodeTables.HashTable,
            [("key", "–"), ("h", "–"), ("cur", "–"), ("comparisons", "0"), ("n", "0"), ("load", $"0/{m} = 0.00")]);
        panels.Legend([("bucket / comparing", "compare"), ("inserted / found", "found"), ("deleting", "swap")]);
        var scene = new HashTableScene(s, panels, m, longest, labelChars);
        scene.Setup();
        foreach (var step in trace.Steps) scene.Play(step);
        scene.Finish();
        var most = scene.Longest;
        s.Step($"Longest chain: {Fmt.Count(most, "key")}; load factor n/m = {scene.Load}").Pause(1.5).FadeOutAll();

        var final = scene.Final;
        LessonScenes.Recap(show,
        [
            "The hash function maps a key straight to its bucket",
            "Colliding keys share the bucket's chain",
            "Operations walk one chain: cost grows with the load factor",
            $"Here: {final}",
        ], ["Time: O(1) average, O(n) worst (everything in one chain)", "Space: O(n + m)"],
            "A hash table with chaining sends each key to a bucket with the hash function and keeps colliding keys in a chain. With a low load factor, operations take constant time on average.");
        LessonScenes.Outro(show, "a hash table with chaining", "the hash picks the bucket, so a lookup checks one short chain");
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);
    }

    private static string Narrate(Trace t) =>
        $"We use {t.BucketCount} buckets and hash each key modulo {t.BucketCount}. " + OperationSummary.Sentences(t.Steps.Select(s => s.Outcome switch
        {
            Outcome.Inserted => $"{s.Operation.Value} goes to bucket {s.Bucket}.",
            Outcome.Duplicate => $"{s.Operation.Value} is already there.",
            Outcome.Found => $"Searching finds {s.Operation.Value} in bucket {s.Bucket}.",
            Outcome.Deleted => $"We delete {s.Operation.Value} from bucket {s.Bucket}.",
            _ => $"{s.Operation.Value} is not in the table.",
        }).ToList(), t.Steps.Select(s => s.Operation.Command).ToList());
}
