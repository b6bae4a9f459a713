using System.Diagnostics;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering.Colors;

namespace AnimPlatform.Tools.Fuzz;

/// <summary>
/// Strings that have hurt parsers elsewhere (issue 14): long runs of spaces, the cubic colour case, nested
/// parentheses and brackets, combining marks, right-to-left text, emoji, lone surrogates. The fuzz corpus
/// puts them into every string field of a case.
/// </summary>
public static class PathologicalStrings
{
    /// <summary>The colour that stalled a worker for minutes with the former regex (issue 14 item 1).</summary>
    public static string ColourStall(int spaces) => "rgb(" + new string(' ', spaces) + "x";

    public static readonly string[] All =
    [
        ColourStall(8000),
        ColourStall(8000) + ")",
        "rgba(" + new string(' ', 5000) + "1," + new string(' ', 5000) + "2,3)",
        "hsl(" + new string('(', 4000) + new string(')', 4000),
        new string(' ', 20_000),
        " " + new string('\t', 3000) + "x",
        new string('(', 10_000),
        new string('[', 3000) + new string(']', 3000),
        new string('{', 3000),
        "." + new string(')', 20_000) + " end.",
        new string('1', 50_000) + "px sans",
        new string('9', 20_000) + "s",
        new string('-', 3000) + "1",
        "e\u0301\u0302\u0303\u0304\u0305" + string.Concat(Enumerable.Repeat("\u0301", 2000)),
        "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u202e" + "abc\u202c",
        "\U0001F600\U0001F680\U0001F469\u200D\U0001F4BB" + string.Concat(Enumerable.Repeat("\U0001F525", 500)),
        "\ud800", "x\udc00y", "\ud800\ud800",
        "\uFEFF#fff", "\0", "#" + new string('f', 10_000),
    ];

    /// <summary>Replaces about a third of the string values of <paramref name="root"/> (keys stay) with pathological strings.</summary>
    public static void FillStrings(JsonNode root, Random random)
    {
        var values = new List<JsonValue>();
        Collect(root, values);
        foreach (var v in values)
        {
            if (random.Next(3) != 0) continue;
            var replacement = JsonValue.Create(All[random.Next(All.Length)]);
            switch (v.Parent)
            {
                case JsonObject o: o[o.First(p => ReferenceEquals(p.Value, v)).Key] = replacement; break;
                case JsonArray a: a[a.IndexOf(v)] = replacement; break;
            }
        }
    }

    private static void Collect(JsonNode? node, List<JsonValue> into)
    {
        switch (node)
        {
            case JsonObject o: foreach (var (_, v) in o) Collect(v, into); break;
            case JsonArray a: foreach (var v in a) Collect(v, into); break;
            case JsonValue v when v.TryGetValue<string>(out _): into.Add(v); break;
        }
    }

    /// <summary>Benchmark figure: milliseconds to parse, then to validate as a canvas background, the worst colour string.</summary>
    public static (double ParseMs, double ValidateMs) TimeWorstColour(int spaces = 1_500_000)
    {
        var colour = ColourStall(spaces);
        var clock = Stopwatch.StartNew();
        ColorParser.TryParse(colour, out _);
        var parse = clock.Elapsed.TotalMilliseconds;
        var doc = new JsonObject
        {
            ["meta"] = new JsonObject { ["title"] = "colour", ["canvas"] = new JsonObject { ["width"] = 640, ["height"] = 360, ["background"] = colour } },
            ["objects"] = new JsonArray(),
            ["timeline"] = new JsonArray(new JsonObject { ["action"] = "pause", ["duration"] = "1s" }),
        };
        clock.Restart();
        ManifestPipeline.FromNode(doc);
        return (parse, clock.Elapsed.TotalMilliseconds);
    }
}
