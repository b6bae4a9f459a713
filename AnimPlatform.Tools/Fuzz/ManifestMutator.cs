using System.Text;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Tools.Fuzz;

/// <summary>
/// Structure-aware mutations of real manifests: wrong types, missing fields, unknown ids and actions, huge,
/// negative and non-finite numbers, deep nesting, long strings, invalid UTF-8, alias bombs, truncation.
/// Deterministic for a seed, so any failure can be replayed.
/// </summary>
public sealed class ManifestMutator(IReadOnlyList<JsonNode> seeds)
{
    private static readonly string[] Keys = ["id", "type", "target", "action", "duration", "node", "color", "values", "index", "indices",
        "position", "x", "y", "scale", "edge", "parent", "side", "root", "nodes", "edges", "variant", "content", "value", "style",
        "canvas", "width", "height", "meta", "objects", "timeline", "parallel", "scenes", "manifest", "transition", "easing", "palette", "defaults"];

    public static ManifestMutator FromExamples(string examplesDir)
    {
        var seeds = Directory.EnumerateFiles(examplesDir, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml") || f.EndsWith(".json"))
            .Select(f => DocumentReader.ReadFile(f))
            .OfType<JsonObject>()
            .Where(o => o["scenes"] is not JsonArray s || s.All(x => x?["manifest"] is not null)) // pasted text has no folder
            .Cast<JsonNode>()
            .ToList();
        if (seeds.Count == 0) throw new InvalidOperationException($"no example manifests under {examplesDir}");
        return new ManifestMutator(seeds);
    }

    /// <summary>The text of case number <paramref name="seed"/>.</summary>
    public string Case(int seed)
    {
        var random = new Random(seed);
        var doc = seeds[random.Next(seeds.Count)].DeepClone();
        var mutations = 1 + random.Next(6);
        for (var i = 0; i < mutations; i++) doc = MutateSomewhere(doc, random);
        if (random.Next(6) == 0) PathologicalStrings.FillStrings(doc, random); // every string field, issue 14
        var text = random.Next(4) == 0 ? ToYamlFlow(doc) : doc.ToJsonString(Indented);
        return random.Next(10) switch
        {
            0 => text[..random.Next(text.Length + 1)], // truncated
            1 => InvalidUtf8(text, random),
            2 => AliasBomb(random),
            _ => text,
        };
    }

    private static JsonNode MutateSomewhere(JsonNode root, Random random)
    {
        var all = new List<JsonNode>();
        Collect(root, all);
        var target = all[random.Next(all.Count)];
        var replacement = Mutate(target, random);
        if (target.Parent is JsonObject parent)
        {
            var key = parent.First(p => ReferenceEquals(p.Value, target)).Key;
            if (random.Next(8) == 0) parent.Remove(key);
            else parent[key] = replacement;
        }
        else if (target.Parent is JsonArray array)
        {
            var index = array.IndexOf(target);
            if (random.Next(8) == 0) array.RemoveAt(index);
            else array[index] = replacement;
        }
        else
        {
            return replacement ?? new JsonObject();
        }
        return root;
    }

    private static JsonNode? Mutate(JsonNode node, Random random) => random.Next(18) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(3) switch { 0 => 1e308, 1 => -1e9, _ => -random.Next(100) }),
        3 => JsonValue.Create(random.Next(3) switch { 0 => double.NaN, 1 => double.PositiveInfinity, _ => double.NegativeInfinity }),
        4 => JsonValue.Create(new string('x', random.Next(1, 200_000))),
        5 => Deep(random.Next(10, 80)),
        6 => new JsonArray(),
        7 => new JsonObject(),
        8 => JsonValue.Create("nope-" + random.Next(100)),
        9 => JsonValue.Create("$missing"),
        10 => JsonValue.Create(random.Next(-5, 50)),
        11 => AddUnknownKey(node, random),
        12 => JsonValue.Create(new[] { "teleport", "fade-in", "pause", "swap-cells", "insert-node" }[random.Next(5)]),
        13 => Duplicate(node),
        14 => JsonValue.Create(new[] { "1s", "0ms", "-1s", "1e9s", "abc", ".s", "99999999s" }[random.Next(7)]),
        15 => JsonValue.Create(PathologicalStrings.All[random.Next(PathologicalStrings.All.Length)]),
        16 => JsonValue.Create(PathologicalStrings.ColourStall(random.Next(1, 9000))), // the colour seed (issue 14 item 1)
        _ => new JsonObject { [Keys[random.Next(Keys.Length)]] = node.DeepClone() },
    };

    private static JsonNode AddUnknownKey(JsonNode node, Random random)
    {
        var copy = node.DeepClone();
        if (copy is JsonObject o) o[Keys[random.Next(Keys.Length)]] = JsonValue.Create(random.Next(1000));
        return copy;
    }

    private static JsonNode Duplicate(JsonNode node)
    {
        var copy = node.DeepClone();
        if (copy is JsonArray a && a.Count > 0 && a.Count < 5000)
            foreach (var item in a.ToList()) a.Add(item?.DeepClone());
        return copy;
    }

    private static JsonNode Deep(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++) node = new JsonArray(node);
        return node;
    }

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        into.Add(node);
        if (into.Count > 50_000) return;
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, v) in o) if (v is not null) Collect(v, into);
                break;
            case JsonArray a:
                foreach (var v in a) if (v is not null) Collect(v, into);
                break;
        }
    }

    /// <summary>YAML flow style is JSON-like; writing it this way exercises the YAML reader with the same trees.</summary>
    // Deeper than the reader accepts on purpose: those inputs must be refused cleanly.
    private static readonly System.Text.Json.JsonSerializerOptions Compact = new(JsonNodeExtensions.LenientJson) { WriteIndented = false, MaxDepth = 1024 };
    private static readonly System.Text.Json.JsonSerializerOptions Indented = new(JsonNodeExtensions.LenientJson) { MaxDepth = 1024 };

    private static string ToYamlFlow(JsonNode node) => "# yaml\n" + node.ToJsonString(Compact)
        .Replace("\":", "\": ").Replace("\"-Infinity\"", "-.inf").Replace("\"Infinity\"", ".inf").Replace("\"NaN\"", ".nan");

    private static string InvalidUtf8(string text, Random random)
    {
        // Lone surrogates become invalid UTF-8 when the text is encoded; decode them back as a server would.
        var sb = new StringBuilder(text);
        sb.Insert(random.Next(sb.Length + 1), '\uD800');
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        bytes[random.Next(bytes.Length)] = 0xFF;
        return Encoding.UTF8.GetString(bytes);
    }

    private static string AliasBomb(Random random)
    {
        var lines = new List<string> { "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        var levels = 5 + random.Next(6);
        for (var i = 1; i < levels; i++) lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]");
        lines.Add($"meta: {{ title: *a{levels - 1} }}");
        return string.Join("\n", lines);
    }
}
