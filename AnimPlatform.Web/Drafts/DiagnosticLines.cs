using System.Text.RegularExpressions;

namespace AnimPlatform.Web.Drafts;

/// <summary>The line a parse error names in its message ("YAML syntax error at line 4, column 2: ...").</summary>
public static partial class DiagnosticLines
{
    public static int? Parsed(string message) =>
        LinePattern().Match(message) is { Success: true } m && int.TryParse(m.Groups[1].Value, out var line) ? line : null;

    [GeneratedRegex(@"\bline (\d{1,9})\b", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex LinePattern();
}
