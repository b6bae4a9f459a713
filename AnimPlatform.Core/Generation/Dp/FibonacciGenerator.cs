using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Input;
using AnimPlatform.Core.Generation.Lessons;

namespace AnimPlatform.Core.Generation.Dp;

/// <summary>
/// Fibonacci by memoised recursion: the memo table fills as calls return, and every repeated call is a
/// memo hit; the naive recursion's call count (computed, not drawn) shows what the memo saves.
/// </summary>
public sealed class FibonacciGenerator : IShowGenerator
{
    public const int MaxN = 12;

    public GeneratorInfo Info { get; } = new("fibonacci", "Fibonacci: Recursion vs Memo", "Dynamic programming",
        ["fibonacci", "fibonacci numbers", "fibonacci sequence", "memoization", "memoisation"],
        ["fibonacci 7", "fibonacci memo 10"],
        $"n from 1 to {MaxN}, e.g. 'fibonacci 7'");

    public sealed record Trace(long Value, IReadOnlyList<int> CallOrder, int NaiveCalls, IReadOnlyList<Beat> Beats);

    public static int NaiveCalls(int n) => n < 2 ? 1 : 1 + NaiveCalls(n - 1) + NaiveCalls(n - 2);

    public static Trace Run(int n)
    {
        var beats = new BeatList();
        var memo = new Dictionary<int, long>();
        var calls = new List<int>();
        var depth = 0;
        long Fib(int k)
        {
            calls.Add(k);
            if (memo.TryGetValue(k, out var hit))
            {
                beats.Add($"{Indent(depth)}fib({k}) is in the memo → {hit}, no recursion", null, 2, new CellChange(0, k, null, "compare"), new CellChange(0, k, null, "visited"));
                return hit;
            }
            if (k < 2)
            {
                memo[k] = k;
                beats.Add($"{Indent(depth)}fib({k}) = {k} (base case) → store it", null, 3, new CellChange(0, k, k.ToString(), "visited"));
                return k;
            }
            beats.Add($"{Indent(depth)}fib({k}) = fib({k - 1}) + fib({k - 2}): not known yet, recurse", null, 4, new CellChange(0, k, "?", "current"));
            depth++;
            var v = Fib(k - 1) + Fib(k - 2);
            depth--;
            memo[k] = v;
            beats.Add($"{Indent(depth)}fib({k}) = {memo[k - 1]} + {memo[k - 2]} = {v} → store it", "memo hits save the calls the naive tree repeats", 5, new CellChange(0, k, v.ToString(), "found"));
            return v;
        }
        beats.Phase($"fib({n}) with a memo table");
        var value = Fib(n);
        return new Trace(value, calls, NaiveCalls(n), beats.Beats);
    }

    private static string Indent(int depth) => depth == 0 ? "" : $"(depth {depth}) ";

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var numbers = PromptTokens.Split(input).Where(t => !PromptTokens.IsNoise(t) && t.ToLowerInvariant() is not ("memo" or "recursion" or "recursive" or "vs" or "versus" or "n" or "tree" or "dp" or "memoization" or "memoized" or "top-down" or "number" or "th" or "fibonacci" or "fib" or "sequence" or "numbers")).ToList();
        int n;
        if (numbers.Count == 0)
        {
            n = 6;
            notes.Add("no n given: computing fib(6)");
        }
        else if (numbers.Count > 1 || !PromptTokens.TryInt(numbers[0].Replace("=", ""), out n))
        {
            var message = $"give one whole number n, e.g. 'fibonacci 7' (read: {string.Join(" ", numbers)})";
            throw numbers.All(PromptTokens.IsWord) ? GeneratorInputException.Unread("n", numbers[0], message) : new GeneratorInputException("n", message);
        }
        if (n < 1 || n > MaxN) throw new GeneratorInputException("n", $"n = {n}: use 1 to {MaxN} so the table fits");
        var trace = Run(n);
        var memoCalls = trace.CallOrder.Count;
        var result = $"fib({n}) = {trace.Value} with {memoCalls} calls (the plain recursion tree has {trace.NaiveCalls})";
        var text = new LessonText("Plain recursion repeats work; a memo table computes each value once",
            $"fib(n) = fib(n−1) + fib(n−2): the plain recursion makes {trace.NaiveCalls} calls for n = {n}",
            "Fibonacci numbers show why memoisation matters: plain recursion recomputes the same values over and over, a memo table stores each one once.",
            ["Plain recursion: exponential, the same subproblems again and again", "Memo: each fib(k) computed once, then looked up"],
            ["Time: O(n) with the memo, O(φⁿ) without", "Space: O(n) for the memo and the call stack"],
            "With a memo table each Fibonacci value is computed once and then looked up, turning exponential recursion into linear time.",
            "store each subproblem's answer the first time; look it up afterwards");
        var initial = new string?[1, n + 1];
        return LessonShow.Build(Info, text, $"n = {n}", $"fib({n}) with memoisation", $"Each value is stored the first time it is computed. {result}.",
            [("being computed", "current"), ("memo hit", "compare"), ("stored", "found")],
            PseudocodeTables.Fibonacci, (s, p) => TableLesson.Play(s, p, ["memo"], [.. Enumerable.Range(0, n + 1).Select(k => k.ToString())], initial, trace.Beats, result),
            result, $"n = {n}", notes, trace);
    }
}
