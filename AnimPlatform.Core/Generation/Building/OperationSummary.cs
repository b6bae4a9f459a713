namespace AnimPlatform.Core.Generation.Building;

/// <summary>
/// How the opening of an operations walkthrough names what it will do: a few operations one by one ("insert 50,
/// insert 30, search 60: found"), many counted per kind ("16 operations: 10 inserts, 3 searches and 3 deletes"),
/// since each operation is named again as it runs (its heading).
/// </summary>
public static class OperationSummary
{
    /// <summary>Most operations listed one by one; past it they are counted.</summary>
    public const int MaxListed = 6;

    /// <summary>What the operations are, after "We ": a few listed ("insert 50, insert 30"), many counted ("run 9 operations: 7 inserts, 1 search and 1 delete").</summary>
    /// <param name="parts">Each operation as said when listed.</param>
    /// <param name="commands">Each operation's command ("insert", "push"), in the same order.</param>
    /// <param name="separator">Between two listed parts.</param>
    public static string Of(IReadOnlyList<string> parts, IReadOnlyList<string> commands, string separator = ", ") =>
        parts.Count <= MaxListed ? string.Join(separator, parts) : $"run {parts.Count} operations: {Counted(commands)}";

    /// <summary>The commands counted per kind, in order of first use: "7 inserts, 1 search and 1 delete".</summary>
    public static string Counted(IReadOnlyList<string> commands) =>
        And(commands.GroupBy(c => c.ToLowerInvariant()).Select(g => g.Count() == 1 ? $"1 {g.Key}" : $"{g.Count()} {Plural(g.Key)}").ToList());

    /// <summary>A few operations as their own sentences ("15 goes to bucket 1."), many as one sentence that counts them ("We run 14 operations: …").</summary>
    public static string Sentences(IReadOnlyList<string> sentences, IReadOnlyList<string> commands) =>
        sentences.Count <= MaxListed ? string.Join(" ", sentences) : $"We {Of(sentences, commands)}.";

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string And(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Join("", items) : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    /// <summary>The plural of a command noun: push → pushes, search → searches, insert → inserts.</summary>
    public static string Plural(string command) =>
        command.EndsWith('s') || command.EndsWith("sh") || command.EndsWith("ch") || command.EndsWith('x') ? command + "es" : command + "s";
}
