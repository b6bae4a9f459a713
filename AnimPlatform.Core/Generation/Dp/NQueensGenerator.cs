using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Input;
using AnimPlatform.Core.Generation.Lessons;

namespace AnimPlatform.Core.Generation.Dp;

/// <summary>N-queens by backtracking: one queen per row, the first safe column, undo when a row has none (first solution).</summary>
public sealed class NQueensGenerator : IShowGenerator
{
    public const int MaxN = 6;

    public GeneratorInfo Info { get; } = new("n-queens", "N-Queens Backtracking", "Backtracking",
        ["n queens", "n queen", "queen", "queen problem", "backtracking", "eight queen"],
        ["n queens 4", "n-queens 5"],
        $"the board size n from 4 to {MaxN}, e.g. 'n queens 5'");

    public sealed record Trace(int N, IReadOnlyList<int>? Solution, int Placements, int Backtracks, IReadOnlyList<Beat> Beats);

    public static Trace Run(int n)
    {
        var beats = new BeatList();
        var cols = new int[n];
        var placements = 0;
        var backtracks = 0;
        bool Safe(int row, int col)
        {
            for (var r = 0; r < row; r++)
                if (cols[r] == col || Math.Abs(cols[r] - col) == row - r) return false;
            return true;
        }
        bool Place(int row)
        {
            if (row == n) return true;
            for (var c = 0; c < n; c++)
            {
                if (!Safe(row, c))
                {
                    beats.Add($"Row {row + 1}, column {c + 1}: attacked by an earlier queen", null, 3, new CellChange(row, c, "×", "swap"), new CellChange(row, c, "·", "base"));
                    continue;
                }
                cols[row] = c;
                placements++;
                beats.Add($"Row {row + 1}, column {c + 1} is safe → place a queen", $"placements = {placements}  ·  backtracks = {backtracks}", 4, new CellChange(row, c, "Q", "found"));
                if (Place(row + 1)) return true;
                backtracks++;
                beats.Add($"No safe square in row {row + 2} → remove the queen from row {row + 1}, column {c + 1}", $"placements = {placements}  ·  backtracks = {backtracks}", 6,
                    new CellChange(row, c, "·", "base"));
            }
            return false;
        }
        beats.Phase($"Place {n} queens, one per row, none attacking another");
        var ok = Place(0);
        return new Trace(n, ok ? cols.ToArray() : null, placements, backtracks, beats.Beats);
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var numbers = PromptTokens.Numbers(string.Join(' ', PromptTokens.Split(input).Where(t => t.ToLowerInvariant() is not ("board" or "problem" or "puzzle" or "chess" or "x" or "n" or "size" or "queen" or "queens" or "backtracking" or "backtrack" or "puzzle"))));
        var n = numbers.Count == 0 ? 4 : numbers[0];
        if (numbers.Count == 0) notes.Add("no board size given: using n = 4");
        if (n < 4 || n > MaxN) throw new GeneratorInputException("board size", $"n = {n}: use 4 to {MaxN} (smaller boards have no solution except n = 1; larger ones make the video too long)");
        var trace = Run(n);
        var result = trace.Solution is null ? "no solution" : $"queens in columns {string.Join(" ", trace.Solution.Select(c => c + 1))} after {trace.Backtracks} backtracks";
        var text = new LessonText("Place queens one row at a time; undo when stuck",
            "Try each column of the row; if none is safe, go back and move the previous queen",
            $"The {n} queens puzzle is solved by backtracking: place a queen in the first safe column of each row, and undo the last choice when a row has no safe square.",
            ["Extend a partial solution one choice at a time", "When no choice works, undo the last one (backtrack)"],
            ["Time: exponential in the worst case", "Space: O(n) for the queen positions"],
            "Backtracking builds the solution one row at a time and undoes a choice as soon as it leads to a dead end.",
            "extend one choice at a time and undo the last choice at a dead end");
        var initial = new string?[n, n];
        for (var r = 0; r < n; r++) for (var c = 0; c < n; c++) initial[r, c] = "·";
        return LessonShow.Build(Info, text, $"{n} × {n} board", $"{n} queens by backtracking", $"We place one queen per row. Result: {result}.",
            [("queen", "found"), ("attacked", "swap")],
            PseudocodeTables.NQueens, (s, p) => TableLesson.Play(s, p, [.. Enumerable.Range(1, n).Select(r => $"row {r}")], [.. Enumerable.Range(1, n).Select(c => c.ToString())], initial, trace.Beats, result),
            result, $"n = {n}", notes, trace);
    }
}
