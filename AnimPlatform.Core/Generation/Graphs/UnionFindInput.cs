using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>One union-find operation of a prompt: union(A, B) or find(A).</summary>
public sealed record UnionFindOp(string Kind, string A, string? B = null)
{
    public override string ToString() => Kind == "union" ? $"union({A}, {B})" : $"find({A})";
}

/// <summary>
/// Reads "union 1 2 union 3 4 find 4" or "union A B union C D find D": the elements are the names the operations use
/// (numbers, or names of up to 3 letters/digits); names after union pair up, names after find are each a find. No
/// operations: a seeded example. (OperationParser reads numbers only, so names are read here with PromptTokens.)
/// </summary>
public static class UnionFindInput
{
    private static readonly Dictionary<string, string> Commands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["union"] = "union", ["unite"] = "union", ["join"] = "union", ["merge"] = "union", ["find"] = "find", ["root"] = "find",
    };

    private static readonly HashSet<string> CountWords = new(StringComparer.OrdinalIgnoreCase) { "elements", "element", "items", "sets", "nodes" };

    public const string Hint = "operations on elements, e.g. 'union find union 1 2 union 3 4 union 2 4 find 4' or 'union A B union C D find D'";

    public static (List<string> Elements, List<UnionFindOp> Ops) Parse(string input, int seed, List<string> notes)
    {
        var ops = new List<UnionFindOp>();
        string? command = null;
        var pending = new List<string>();
        var taken = 0;
        int? declared = null;
        var tokens = PromptTokens.Split(input);
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            // "5 elements union 1 2": the elements 1..5, also those no operation names (each stays a set of its own).
            if (command is null && k + 1 < tokens.Count && CountWords.Contains(tokens[k + 1]) && PromptTokens.TryInt(token, out var count))
            {
                if (count < 1 || count > InputCaps.MaxGraphNodes)
                    throw new GeneratorInputException("operations", $"{count} elements: use 1 to {InputCaps.MaxGraphNodes}");
                declared = count;
                k++;
                continue;
            }
            if (Commands.TryGetValue(token, out var c))
            {
                Close(command, pending, ops, taken);
                command = c;
                taken = 0;
                continue;
            }
            // A single letter is a name even where it is a filler word ("union a b").
            if (PromptTokens.IsNoise(token) && !(command is not null && token.Length == 1 && char.IsLetter(token[0]))) continue;
            if (token.Length > 3 || !token.All(char.IsLetterOrDigit))
                throw PromptTokens.Unread("operations", token, $"'{token}' is not an element (use numbers or names of up to 3 letters, e.g. 'union A B find B')");
            if (PromptTokens.TryInt(token, out var n)) PromptTokens.CheckRange(n, "operations");
            if (command is null)
                throw new GeneratorInputException("operations", $"'{token}' needs 'union' or 'find' before it, e.g. 'union {token} B'");
            pending.Add(token);
            if (command == "find" || pending.Count == 2) taken += Take(command, pending, ops);
        }
        // A lone command word with no element anywhere ("disjoint set union") names the topic; it gets the example.
        if (!(ops.Count == 0 && pending.Count == 0 && taken == 0)) Close(command, pending, ops, taken);
        if (ops.Count == 0)
        {
            notes.Add($"No operations given: a seeded example (seed {seed}).");
            ops = Example(seed);
        }
        if (ops.Count > InputCaps.MaxOperations)
            throw new GeneratorInputException("operations", $"{ops.Count} operations are too many for one video; use at most {InputCaps.MaxOperations}");
        var named = ops.SelectMany(o => o.B is null ? [o.A] : new[] { o.A, o.B });
        var elements = (declared is { } d ? Enumerable.Range(1, d).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Concat(named) : named)
            .Distinct(StringComparer.Ordinal).ToList();
        if (elements.Count > InputCaps.MaxGraphNodes)
            throw new GeneratorInputException("operations", $"{elements.Count} elements are too many to draw; use at most {InputCaps.MaxGraphNodes}");
        return (Order(elements), ops);
    }

    /// <summary>Numbers in numeric order, names alphabetically: the order of the parent[] columns and of ties.</summary>
    public static List<string> Order(IEnumerable<string> elements)
    {
        var list = elements.ToList();
        return list.All(e => PromptTokens.TryInt(e, out _))
            ? list.OrderBy(e => int.Parse(e, System.Globalization.CultureInfo.InvariantCulture)).ToList()
            : list.OrderBy(e => e, StringComparer.OrdinalIgnoreCase).ThenBy(e => e, StringComparer.Ordinal).ToList();
    }

    /// <summary>The end of a command's names: "union 1" or a command without any name is an error.</summary>
    private static void Close(string? command, List<string> pending, List<UnionFindOp> ops, int taken)
    {
        if (command == "union" && pending.Count == 1)
            throw new GeneratorInputException("operations", $"'union {pending[0]}' needs two elements, e.g. 'union {pending[0]} B'");
        if (command is not null && taken == 0)
            throw new GeneratorInputException("operations", $"'{command}' needs {(command == "union" ? "two elements, e.g. 'union 1 2'" : "an element, e.g. 'find 1'")}");
    }

    private static int Take(string command, List<string> pending, List<UnionFindOp> ops)
    {
        ops.Add(command == "union" ? new UnionFindOp("union", pending[0], pending[1]) : new UnionFindOp("find", pending[0]));
        pending.Clear();
        return 1;
    }

    /// <summary>A seeded example on 6–8 elements with a tie, a union of unequal ranks, a same-set union and a path compression.</summary>
    private static List<UnionFindOp> Example(int seed)
    {
        var random = new Random(seed);
        for (var attempt = 0; ; attempt++)
        {
            var n = random.Next(6, 9);
            var names = Enumerable.Range(1, n).Select(i => i.ToString()).ToList();
            var ops = new List<UnionFindOp>();
            for (var k = 0; k < n - 1; k++)
            {
                var a = names[random.Next(n)];
                var b = names[random.Next(n)];
                if (a != b) ops.Add(new UnionFindOp("union", a, b));
            }
            ops.Insert(ops.Count / 2 + 1, new UnionFindOp("find", names[random.Next(n)]));
            ops.Add(new UnionFindOp("find", names[random.Next(n)]));
            ops.Add(new UnionFindOp("find", names[random.Next(n)]));
            var trace = UnionFindTrace.Run(Order(names.Where(x => ops.Any(o => o.A == x || o.B == x))), ops);
            if (attempt >= 40 || (trace.Compressions > 0 && trace.Ties > 0 && trace.UnequalUnions > 0 && ops.Count <= 12)) return ops;
        }
    }
}
