using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Input;
using AnimPlatform.Core.Generation.Lessons;

namespace AnimPlatform.Core.Generation.Dp;

/// <summary>0/1 knapsack: best value for each item prefix and capacity 0..W, then which items were taken.</summary>
public sealed class KnapsackGenerator : IShowGenerator
{
    public const int MaxItems = 6;
    public const int MaxCapacity = 10;

    public GeneratorInfo Info { get; } = new("knapsack", "0/1 Knapsack", "Dynamic programming",
        ["knapsack", "0/1 knapsack", "0-1 knapsack", "knapsack problem"],
        ["knapsack capacity 7 items 1:1 3:4 4:5 5:7", "knapsack capacity 5 items 2:3 3:4 4:5"],
        $"a capacity (at most {MaxCapacity}) and items weight:value (at most {MaxItems}), e.g. 'knapsack capacity 7 items 1:1 3:4 4:5 5:7'");

    public sealed record Item(int Weight, int Value);
    public sealed record Trace(int[,] Table, int Best, IReadOnlyList<int> Taken, IReadOnlyList<Beat> Beats);

    public static Trace Run(IReadOnlyList<Item> items, int capacity)
    {
        var n = items.Count;
        var t = new int[n + 1, capacity + 1];
        var beats = new BeatList();
        for (var i = 1; i <= n; i++)
        {
            var (w, v) = (items[i - 1].Weight, items[i - 1].Value);
            beats.Phase($"Item {i}: weight {w}, value {v}");
            for (var c = 0; c <= capacity; c++)
            {
                var skip = t[i - 1, c];
                if (w > c)
                {
                    t[i, c] = skip;
                    beats.Add($"Capacity {c}: item {i} (weight {w}) does not fit → {skip}", null, 3, new CellChange(i, c, skip.ToString(), "base"));
                    continue;
                }
                var take = t[i - 1, c - w] + v;
                t[i, c] = Math.Max(skip, take);
                beats.Add($"Capacity {c}: max(skip {skip}, take {v} + {t[i - 1, c - w]}) = {t[i, c]}", null, 5,
                    new CellChange(i, c, t[i, c].ToString(), take > skip ? "found" : "base"));
            }
        }
        beats.Phase("Which items? Walk back up the table");
        var taken = new List<int>();
        var cap = capacity;
        for (var i = n; i >= 1; i--)
        {
            if (t[i, cap] == t[i - 1, cap])
            {
                beats.Add($"Same as the row above → item {i} not taken", null, 8, new CellChange(i, cap, null, "pivot"));
                continue;
            }
            taken.Insert(0, i);
            beats.Add($"Differs from the row above → take item {i}, capacity {cap} → {cap - items[i - 1].Weight}", "taken: " + string.Join(", ", taken.Select(k => $"item {k}")), 9,
                new CellChange(i, cap, null, "path"));
            cap -= items[i - 1].Weight;
        }
        return new Trace(t, t[n, capacity], taken, beats.Beats);
    }

    public static (List<Item> Items, int Capacity) Parse(string input, List<string> notes)
    {
        var items = new List<Item>();
        int? capacity = null;
        var tokens = PromptTokens.Split(input);
        List<int>? weights = null, values = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k].ToLowerInvariant();
            // "W=8", "capacity=8": the keyword and its number in one token.
            if (token.Split('=') is ["capacity" or "cap" or "w" or "max" or "limit" or "size", var number] && PromptTokens.TryInt(number, out var given))
            {
                capacity = given;
                continue;
            }
            if (token is "capacity" or "cap" or "w" or "max" or "limit" or "size" or "bag")
            {
                if (k + 1 < tokens.Count && PromptTokens.TryInt(tokens[k + 1], out var c)) { capacity = c; k++; }
                continue;
            }
            // The textbook form: "weights 5 4 6 3 values 10 40 30 50", or item by item: "(weight 5, value 10) (weight 4, value 40)".
            if (token is "weights" or "weight" or "values" or "value" or "profits" or "profit"
                && k + 1 < tokens.Count && PromptTokens.TryInt(tokens[k + 1], out _))
            {
                var list = new List<int>();
                while (k + 1 < tokens.Count && PromptTokens.TryInt(tokens[k + 1], out var n)) { list.Add(n); k++; }
                if (token.StartsWith("weight", StringComparison.Ordinal)) (weights ??= []).AddRange(list); else (values ??= []).AddRange(list);
                continue;
            }
            var parts = token.Split(':', '/');
            if (parts.Length == 2 && PromptTokens.TryInt(parts[0], out var wt) && PromptTokens.TryInt(parts[1], out var val))
            {
                if (wt < 1 || val < 0 || wt > 99 || val > 999) throw new GeneratorInputException("items", $"'{tokens[k]}': weights are 1–99, values 0–999");
                items.Add(new Item(wt, val));
                continue;
            }
            if (PromptTokens.IsNoise(token) || token is "weight:value" or "item" or "weights" or "problem") continue;
            throw PromptTokens.Unread("items", tokens[k], $"'{tokens[k]}' is not an item: write items as weight:value (e.g. 3:4) and the capacity as 'capacity 7'");
        }
        if (weights is not null || values is not null)
        {
            if (weights is null || values is null || weights.Count != values.Count)
                throw new GeneratorInputException("items", $"give as many values as weights, e.g. 'weights 1 3 4 values 1 4 5' (found {weights?.Count ?? 0} weights and {values?.Count ?? 0} values)");
            for (var i = 0; i < weights.Count; i++)
            {
                if (weights[i] < 1 || values[i] < 0 || weights[i] > 99 || values[i] > 999)
                    throw new GeneratorInputException("items", $"item {i + 1} (weight {weights[i]}, value {values[i]}): weights are 1–99, values 0–999");
                items.Add(new Item(weights[i], values[i]));
            }
        }
        if (items.Count == 0)
        {
            items = [new(1, 1), new(3, 4), new(4, 5), new(5, 7)];
            notes.Add("no items given: using 1:1 3:4 4:5 5:7");
        }
        if (capacity is null)
        {
            capacity = Math.Min(MaxCapacity, Math.Max(1, items.Sum(i => i.Weight) / 2));
            notes.Add($"no capacity given: using {capacity}");
        }
        if (items.Count > MaxItems) throw new GeneratorInputException("items", $"{items.Count} items are too many for one table; use at most {MaxItems}");
        if (capacity < 1 || capacity > MaxCapacity) throw new GeneratorInputException("items", $"capacity {capacity} must be between 1 and {MaxCapacity} so the table fits");
        return (items, capacity.Value);
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var (items, capacity) = Parse(input, notes);
        var trace = Run(items, capacity);
        var initial = new string?[items.Count + 1, capacity + 1];
        for (var c = 0; c <= capacity; c++) initial[0, c] = "0";
        var itemsText = string.Join("  ", items.Select((it, i) => $"item {i + 1}: w{it.Weight} v{it.Value}"));
        var result = $"best value {trace.Best} with {(trace.Taken.Count == 0 ? "no items" : string.Join(", ", trace.Taken.Select(i => $"item {i}")))}";
        var text = new LessonText("Pick items of the most value that fit in the bag",
            "Cell (i, c) = best value using the first i items with capacity c",
            "The zero one knapsack problem is solved with a table: for every item and every capacity, either skip the item or take it.",
            ["Each cell: the better of skipping the item (above) or taking it (above, w to the left, + value)", "Walk back up to see which items were taken"],
            ["Time: O(n · W)", "Space: O(n · W) (one row for the value only)"],
            "Knapsack fills one row per item: each capacity keeps the better of skipping the item or taking it on top of the smaller capacity.",
            "for every item and capacity: skip it or take it, keep the better");
        return LessonShow.Build(Info, text, $"Capacity {capacity} · {itemsText}", $"0/1 knapsack, capacity {capacity}", $"We fill one row per item. The answer: {result}.",
            [("taking is better", "found"), ("walk back", "path"), ("not taken", "pivot")],
            PseudocodeTables.Knapsack, (s, p) => TableLesson.Play(s, p, ["none", .. items.Select((it, i) => $"{it.Weight}:{it.Value}")], [.. Enumerable.Range(0, capacity + 1).Select(c => c.ToString())], initial, trace.Beats, result),
            result, $"capacity {capacity}, items {string.Join(" ", items.Select(i => $"{i.Weight}:{i.Value}"))}", notes, trace);
    }
}
