using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest.Validation;

/// <summary>An object id registered by the object checks (first definition wins, as in the scene builder).</summary>
internal sealed record RegisteredObject(string Id, string? Type, int Index, JsonObject? Source = null);

/// <summary>State shared by the rule sets while one manifest is validated.</summary>
internal sealed class ValidationContext(string pathPrefix)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Object ids of this manifest (V10 passed), for V23 and target-kind hints.</summary>
    public Dictionary<string, RegisteredObject> Objects { get; } = new(StringComparer.Ordinal);

    /// <summary><c>meta.palette</c> when it is a mapping, for V24.</summary>
    public JsonObject? Palette { get; set; }

    private IReadOnlyList<string>? _paletteNames;
    private int _suggestionBudget = 64;

    /// <summary>The usable palette names, as <c>$name</c>, for messages.</summary>
    public IReadOnlyList<string> PaletteNames =>
        _paletteNames ??= (Palette ?? []).Where(kv => kv.Value.IsTruthy()).Select(kv => "$" + kv.Key).ToList();

    /// <summary>A "did you mean" hint; bounded work so that huge documents cannot make validation slow.</summary>
    public string Suggest(string? input, IEnumerable<string> candidates) =>
        _suggestionBudget-- > 0 ? Describe.Suggestion(input, candidates.Take(500)) : "";

    public void Error(string path, string message) => _diagnostics.Add(Diagnostic.Error(pathPrefix + path, message));

    public void Warning(string path, string message) => _diagnostics.Add(Diagnostic.Warning(pathPrefix + path, message));
}

/// <summary>Formatting helpers for human-readable messages.</summary>
internal static class Describe
{
    private const int MaxShown = 60;

    /// <summary>A value as it should appear in a message: <c>"abc"</c>, <c>5</c>, <c>null</c>, <c>a list</c>, <c>a mapping</c>.</summary>
    public static string Value(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "a list",
        JsonObject => "a mapping",
        _ when node.AsString() is { } s => Quote(s),
        _ => node.ScalarText() ?? "a value",
    };

    /// <summary>The kind of a value with an article: "a string", "a number", "a list" …</summary>
    public static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "a list",
        JsonObject => "a mapping",
        _ when node.IsString() => "a string",
        _ when node.IsNumber() => "a number",
        _ when node.IsBool() => "a boolean",
        _ => "a scalar",
    };

    public static string Quote(string s)
    {
        var shown = s.Length > MaxShown ? s[..MaxShown] + "…" : s;
        return "\"" + shown.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r") + "\"";
    }

    /// <summary>Comma-separated list, cut after <paramref name="max"/> items.</summary>
    public static string List(IReadOnlyCollection<string> items, int max = 12)
    {
        var shown = string.Join(", ", items.Take(max));
        return items.Count > max ? $"{shown}, … ({items.Count} in all)" : shown;
    }

    /// <summary>" (did you mean \"x\"?)" when a candidate is close to <paramref name="input"/>, else "".</summary>
    public static string Suggestion(string? input, IEnumerable<string> candidates)
    {
        if (string.IsNullOrEmpty(input) || input.Length > 64) return "";
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            if (Math.Abs(c.Length - input.Length) > 3) continue;
            var d = string.Equals(c, input, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(input.ToLowerInvariant(), c.ToLowerInvariant());
            if (d < bestDistance) (best, bestDistance) = (c, d);
        }
        return best is not null && bestDistance <= Math.Max(1, Math.Min(3, input.Length / 4)) ? $" (did you mean {Quote(best)}?)" : "";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
