using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Lessons;

namespace AnimPlatform.Core.Generation.Dp;

/// <summary>Levenshtein edit distance: the DP table with the operation each cell came from, then the edit path.</summary>
public sealed class EditDistanceGenerator : IShowGenerator
{
    public const int MaxLength = 9;

    public GeneratorInfo Info { get; } = new("edit-distance", "Edit Distance", "Dynamic programming",
        ["edit distance", "levenshtein distance", "levenshtein", "edit-distance", "minimum edit distance"],
        ["edit distance kitten sitting", "edit distance from sunday to saturday"],
        $"two words of at most {MaxLength} letters, e.g. 'edit distance kitten sitting'");

    public sealed record Trace(int[,] Table, int Distance, IReadOnlyList<string> Edits, IReadOnlyList<Beat> Beats);

    public static Trace Run(string a, string b)
    {
        int m = a.Length, n = b.Length;
        var t = new int[m + 1, n + 1];
        for (var i = 0; i <= m; i++) t[i, 0] = i;
        for (var j = 0; j <= n; j++) t[0, j] = j;
        var beats = new BeatList();
        beats.Phase($"Row {a[0]}: turn \"{a[0]}\" into each prefix of {b}", "first row and column: i deletions or j insertions");
        for (var i = 1; i <= m; i++)
        {
            if (i == 2) beats.Phase("Fill the remaining rows the same way");
            for (var j = 1; j <= n; j++)
            {
                var same = a[i - 1] == b[j - 1];
                var sub = t[i - 1, j - 1] + (same ? 0 : 1);
                var del = t[i - 1, j] + 1;
                var ins = t[i, j - 1] + 1;
                t[i, j] = Math.Min(sub, Math.Min(del, ins));
                var from = t[i, j] == sub ? (same ? "↖ same letter, free" : "↖ replace") : t[i, j] == del ? "↑ delete" : "← insert";
                beats.Add(same
                        ? $"{a[i - 1]} = {b[j - 1]} → copy the diagonal {t[i - 1, j - 1]}"
                        : $"{a[i - 1]} ≠ {b[j - 1]}: 1 + min(replace {t[i - 1, j - 1]}, delete {t[i - 1, j]}, insert {t[i, j - 1]}) = {t[i, j]} ({from})", null, same ? 3 : 5,
                    new CellChange(i, j, t[i, j].ToString(), same ? "found" : "base"));
            }
        }
        beats.Phase("Follow the cheapest path back from the corner");
        var edits = new List<string>();
        int x = m, y = n;
        while (x > 0 || y > 0)
        {
            string op;
            if (x > 0 && y > 0 && t[x, y] == t[x - 1, y - 1] + (a[x - 1] == b[y - 1] ? 0 : 1))
            {
                op = a[x - 1] == b[y - 1] ? $"keep {a[x - 1]}" : $"replace {a[x - 1]} with {b[y - 1]}";
                x--; y--;
            }
            else if (x > 0 && t[x, y] == t[x - 1, y] + 1)
            {
                op = $"delete {a[x - 1]}";
                x--;
            }
            else
            {
                op = $"insert {b[y - 1]}";
                y--;
            }
            edits.Insert(0, op);
            beats.Add(op, "edits: " + string.Join(", ", edits.Where(e => !e.StartsWith("keep"))), 8, new CellChange(x, y, null, "path"));
        }
        return new Trace(t, t[m, n], edits, beats.Beats);
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var (a, b) = DpInput.TwoWords(input, MaxLength, ("kitten", "sitting"), notes, "words");
        var trace = Run(a, b);
        var initial = new string?[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) initial[i, 0] = i.ToString();
        for (var j = 0; j <= b.Length; j++) initial[0, j] = j.ToString();
        var changes = trace.Edits.Where(e => !e.StartsWith("keep")).ToList();
        var result = $"distance {trace.Distance}: {(changes.Count == 0 ? "the words are equal" : string.Join(", ", changes))}";
        var text = new LessonText("The fewest insertions, deletions and replacements",
            "Cell (i, j) = edits to turn the first i letters into the first j letters",
            $"The edit distance between {a} and {b} counts the fewest single-letter edits, computed in a table from smaller prefixes.",
            ["Each cell takes the cheapest of replace (↖), delete (↑), insert (←)", "Equal letters copy the diagonal for free"],
            ["Time: O(m · n)", "Space: O(m · n) (two rows for the distance only)"],
            "Edit distance fills a table of prefix distances: each cell is the cheapest of a replacement, a deletion or an insertion.",
            "every cell is the cheapest of replace, delete or insert from its neighbours");
        return LessonShow.Build(Info, text, $"{a} → {b}", $"Edit distance {a} → {b}", $"We fill the table row by row. The answer: {result}.",
            [("equal letters", "found"), ("edit path", "path")],
            PseudocodeTables.EditDistance, (s, p) => TableLesson.Play(s, p, ["", .. a.Select(c => c.ToString())], ["", .. b.Select(c => c.ToString())], initial, trace.Beats, result),
            result, $"{a} → {b}", notes, trace);
    }
}
