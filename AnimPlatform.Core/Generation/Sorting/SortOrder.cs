using System.Text.RegularExpressions;

namespace AnimPlatform.Core.Generation.Sorting;

/// <summary>
/// The order a sort prompt asks for: "descending", "decreasing", "largest first", "from largest to smallest",
/// "high to low" ask for largest first; "ascending", "increasing", "smallest first" (or nothing) for smallest first.
/// </summary>
public static partial class SortOrder
{
    [GeneratedRegex(@"\b(in\s+)?(descending|decreasing|non-increasing)(\s+order)?\b|\b(from\s+)?(largest|biggest|highest)\s+(first|to\s+smallest)\b|\b(from\s+)?high(est)?\s+to\s+low(est)?\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex DescendingWords();

    [GeneratedRegex(@"\b(in\s+)?(ascending|increasing|non-decreasing)(\s+order)?\b|\b(from\s+)?(smallest|lowest)\s+(first|to\s+largest)\b|\b(from\s+)?low(est)?\s+to\s+high(est)?\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AscendingWords();

    /// <summary>Whether <paramref name="input"/> asks for descending order; <paramref name="rest"/> is the input without the order words.</summary>
    public static bool IsDescending(string input, out string rest)
    {
        var descending = DescendingWords().IsMatch(input ?? "");
        rest = AscendingWords().Replace(DescendingWords().Replace(input ?? "", " "), " ");
        return descending;
    }

    /// <summary>How the lesson names the order.</summary>
    public static string Describe(bool descending) => descending ? "descending order (largest first)" : "ascending order (smallest first)";
}
