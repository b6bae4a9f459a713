using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Lessons;

namespace AnimPlatform.Core.Generation.Dp;

/// <summary>Longest common subsequence: the (m+1)×(n+1) DP table filled row by row, then the traceback.</summary>
public sealed class LcsGenerator : IShowGenerator
{
    public const int MaxLength = 9;

    public GeneratorInfo Info { get; } = new("lcs", "Longest Common Subsequence", "Dynamic programming",
        ["lcs", "longest common subsequence", "common subsequence"],
        ["lcs of ABCBDAB and BDCABA", "longest common subsequence of AGGTAB and GXTXAYB"],
        $"two words of at most {MaxLength} letters, e.g. 'lcs of ABCBDAB and BDCABA'");

    public sealed record Trace(int[,] Table, string Lcs, IReadOnlyList<Beat> Beats);

    public static Trace Run(string a, string b)
    {
        int m = a.Length, n = b.Length;
        var t = new int[m + 1, n + 1];
        var beats = new BeatList();
        beats.Phase($"Row {a[0]}: compare {a[0]} with each letter of {b}");
        for (var i = 1; i <= m; i++)
        {
            if (i == 2) beats.Phase("Fill the remaining rows the same way");
            for (var j = 1; j <= n; j++)
            {
                if (a[i - 1] == b[j - 1])
                {
                    t[i, j] = t[i - 1, j - 1] + 1;
                    beats.Add($"{a[i - 1]} = {b[j - 1]} → diagonal + 1 = {t[i, j]}", null, 3,
                        new CellChange(i - 1, j - 1, null, "compare"), new CellChange(i, j, t[i, j].ToString(), "found"), new CellChange(i - 1, j - 1, null, "base"));
                }
                else
                {
                    t[i, j] = Math.Max(t[i - 1, j], t[i, j - 1]);
                    beats.Add($"{a[i - 1]} ≠ {b[j - 1]} → max(above {t[i - 1, j]}, left {t[i, j - 1]}) = {t[i, j]}", null, 5,
                        new CellChange(i, j, t[i, j].ToString(), "base"));
                }
            }
        }
        beats.Phase("Trace back from the bottom-right corner");
        var lcs = new List<char>();
        int x = m, y = n;
        while (x > 0 && y > 0)
        {
            if (a[x - 1] == b[y - 1])
            {
                lcs.Insert(0, a[x - 1]);
                beats.Add($"{a[x - 1]} matches → part of the LCS, go diagonally", "LCS so far: " + new string(lcs.ToArray()), 7, new CellChange(x, y, null, "path"));
                x--; y--;
            }
            else if (t[x - 1, y] >= t[x, y - 1])
            {
                beats.Add($"Came from above ({t[x - 1, y]})", null, 8, new CellChange(x, y, null, "pivot"));
                x--;
            }
            else
            {
                beats.Add($"Came from the left ({t[x, y - 1]})", null, 8, new CellChange(x, y, null, "pivot"));
                y--;
            }
        }
        return new Trace(t, new string(lcs.ToArray()), beats.Beats);
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var (a, b) = DpInput.TwoWords(input, MaxLength, ("ABCBDAB", "BDCABA"), notes);
        var trace = Run(a, b);
        var initial = new string?[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) initial[i, 0] = "0";
        for (var j = 0; j <= b.Length; j++) initial[0, j] = "0";
        var result = $"LCS \"{trace.Lcs}\" of length {trace.Lcs.Length}";
        var text = new LessonText("The longest sequence of letters both words contain in order",
            "Cell (i, j) = LCS length of the first i letters of one word and the first j of the other",
            $"The longest common subsequence of {a} and {b} is found with a table: each cell builds on the cell above, to the left, or diagonally before it.",
            ["Match: diagonal + 1; no match: the larger of above and left", "The traceback from the corner spells the subsequence"],
            ["Time: O(m · n)", "Space: O(m · n) (O(n) for the length only)"],
            "The LCS table grows one letter pair at a time: a match extends the diagonal, otherwise we keep the better of dropping a letter from either word.",
            "a match extends the diagonal, otherwise keep the better neighbour");
        return LessonShow.Build(Info, text, $"{a} and {b}", $"LCS of {a} and {b}", $"We fill the table row by row. The answer is {result}.",
            [("match", "found"), ("compared", "compare"), ("traceback", "path")],
            PseudocodeTables.Lcs, (s, p) => TableLesson.Play(s, p, ["", .. a.Select(c => c.ToString())], ["", .. b.Select(c => c.ToString())], initial, trace.Beats, result),
            result, $"{a} and {b}", notes, trace);
    }
}
