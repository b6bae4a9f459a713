namespace AnimPlatform.Core.Generation.Building.Lessons;

/// <summary>
/// An algorithm's pseudocode as shown in a lesson's code panel: lines with keys, so a generator's events
/// name the line that runs ("compare", "swap") instead of a number that breaks when the text changes.
/// </summary>
public sealed class Pseudocode
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public Pseudocode(params (string Key, string Text)[] lines)
    {
        Lines = lines.Select(l => l.Text).ToList();
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].Key.Length > 0 && !_lines.TryAdd(lines[i].Key, i + 1))
                throw new ArgumentException($"pseudocode line key \"{lines[i].Key}\" is used twice");
    }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>Pseudocode whose events name lines by number (lesson beats carry 1-based line numbers).</summary>
    public static Pseudocode Numbered(params string[] lines) => new(lines.Select(l => ("", l)).ToArray());

    public IEnumerable<string> Keys => _lines.Keys;

    /// <summary>The 1-based line of <paramref name="key"/>.</summary>
    public int LineOf(string key) =>
        _lines.TryGetValue(key, out var line) ? line : throw new ArgumentException($"no pseudocode line \"{key}\"");

    public bool Has(string key) => _lines.ContainsKey(key);

    public int LongestLine => Lines.Max(l => l.Length);
}
