using System.Globalization;

namespace AnimPlatform.Core.Generation.Building;

/// <summary>Invariant formatting for durations and numbers written into generated manifests.</summary>
public static class Fmt
{
    public static string Seconds(double s) => s.ToString("0.###", CultureInfo.InvariantCulture) + "s";

    public static string Num(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>"1 swap", "3 swaps": a count with its noun (plural by adding s).</summary>
    public static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    public static string List<T>(IEnumerable<T> values) => "[" + string.Join(", ", values) + "]";

    /// <summary>Breaks text into lines of at most <paramref name="max"/> characters at spaces (texts never wrap by themselves, spec §5.4).</summary>
    public static string Wrap(string text, int max)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > max)
                {
                    lines.Add(line);
                    line = word;
                }
                else line = line.Length == 0 ? word : line + " " + word;
            }
            lines.Add(line);
        }
        return string.Join("\n", lines);
    }
}
