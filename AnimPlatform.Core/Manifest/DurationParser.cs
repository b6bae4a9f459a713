using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AnimPlatform.Core.Manifest;

/// <summary>Spec §4.1: numbers are seconds; strings "0.5s", "500ms"; anything else invalid (0 s).</summary>
public static partial class DurationParser
{
    /// <summary>Parses a duration; <paramref name="valid"/> is false when a present value is unusable.</summary>
    public static double Parse(JsonNode? node, out bool valid)
    {
        valid = true;
        if (node is null) return 0;
        if (node.AsNumber() is { } d)
        {
            if (double.IsFinite(d) && d >= 0) return d;
            valid = false;
            return 0;
        }
        if (node.AsString() is { } s) return Parse(s, out valid);
        valid = false;
        return 0;
    }

    public static double Parse(JsonNode? node) => Parse(node, out _);

    public static double Parse(string s, out bool valid)
    {
        valid = false;
        var m = Pattern().Match(s);
        if (!m.Success) return 0;
        var number = LongestDecimalPrefix(m.Groups[1].Value);
        if (number is null) return 0;
        valid = true;
        return m.Groups[2].Value == "ms" ? number.Value / 1000.0 : number.Value;
    }

    /// <summary>JavaScript parseFloat on digits and dots: "1.2.3" reads 1.2, ".5" reads 0.5, "." fails.</summary>
    private static double? LongestDecimalPrefix(string digitsAndDots)
    {
        var firstDot = digitsAndDots.IndexOf('.');
        var secondDot = firstDot < 0 ? -1 : digitsAndDots.IndexOf('.', firstDot + 1);
        var prefix = secondDot < 0 ? digitsAndDots : digitsAndDots[..secondDot];
        if (!prefix.Any(char.IsAsciiDigit)) return null;
        if (prefix.EndsWith('.')) prefix = prefix[..^1];
        if (prefix.StartsWith('.')) prefix = "0" + prefix;
        return double.Parse(prefix, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^([0-9.]+)\s*(s|ms)$", RegexOptions.NonBacktracking)]
    private static partial Regex Pattern();
}
