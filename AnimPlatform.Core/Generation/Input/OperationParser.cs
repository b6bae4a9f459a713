namespace AnimPlatform.Core.Generation.Input;

/// <summary>
/// Reads operation lists such as "push 1 2 pop push 3" or "insert 50 30 70 search 30 delete 50".
/// Numbers after a command repeat it; numbers before any command use the default command.
/// </summary>
public sealed class OperationParser
{
    private readonly Dictionary<string, string> _aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _noValue = new(StringComparer.Ordinal);
    private readonly string? _defaultCommand;
    private readonly string _what;
    private readonly bool _positions;

    /// <param name="commands">canonical name → (aliases, takes a value)</param>
    /// <param name="defaultCommand">command for numbers that come before any command (null: an error)</param>
    /// <param name="what">what is being read, for messages ("operations")</param>
    /// <param name="positions">whether "at N" after a value gives a position</param>
    public OperationParser(IEnumerable<(string Name, string[] Aliases, bool TakesValue)> commands, string? defaultCommand, string what = "operations", bool positions = false)
    {
        foreach (var (name, aliases, takesValue) in commands)
        {
            _aliases[name] = name;
            foreach (var a in aliases) _aliases[a] = name;
            if (!takesValue) _noValue.Add(name);
        }
        _defaultCommand = defaultCommand;
        _what = what;
        _positions = positions;
    }

    public string CommandList => string.Join(", ", _aliases.Values.Distinct());

    /// <summary>Extra words (e.g. "buckets 5") handled by the caller: word → action taking the number after it.</summary>
    public Dictionary<string, Action<int>> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<Operation> Parse(string input)
    {
        var tokens = PromptTokens.Split(input);
        var ops = new List<Operation>();
        var contents = new List<Operation>();
        var readingContents = false;
        string? current = null;
        var currentHasValue = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (IsContentsMarker(token, current, currentHasValue))
            {
                // "delete 30 from bst 50 30 70": the values after "from" are what the structure holds first.
                readingContents = true;
                current = null;
                continue;
            }
            // The structure's name between "from" and its contents ("from the bst 50 30", "into the binary search tree 50"):
            // a command word in it ("search") is part of the name unless a value follows it.
            if (readingContents && contents.Count == 0 && !PromptTokens.TryInt(token, out _)
                && (!_aliases.ContainsKey(token) || k + 1 < tokens.Count && !PromptTokens.TryInt(tokens[k + 1], out _)))
                continue;
            // "3 buckets insert 1 4": the number before its setting's name, when no number follows the name ("22 size 7" is a key, then the size).
            if (k + 1 < tokens.Count && Settings.TryGetValue(tokens[k + 1], out var named) && PromptTokens.TryInt(token, out var before)
                && !(k + 2 < tokens.Count && PromptTokens.TryInt(tokens[k + 2], out _)))
            {
                named(before);
                k++;
                continue;
            }
            if (Settings.TryGetValue(token, out var setting))
            {
                if (k + 1 >= tokens.Count || !PromptTokens.TryInt(tokens[k + 1], out var n))
                    throw new GeneratorInputException(_what, $"'{token}' must be followed by a number, e.g. '{token} 7'");
                setting(n);
                k++;
                continue;
            }
            if (_aliases.TryGetValue(token, out var command))
            {
                readingContents = false;
                CheckPending(current, currentHasValue);
                if (_noValue.Contains(command))
                {
                    ops.Add(new Operation(command));
                    current = null;
                }
                else
                {
                    current = command;
                    currentHasValue = false;
                }
                continue;
            }
            if (_positions && token.Equals("at", StringComparison.OrdinalIgnoreCase))
            {
                if (ops.Count == 0 || ops[^1].Value is null || k + 1 >= tokens.Count || !PromptTokens.TryInt(tokens[k + 1], out var at))
                    throw new GeneratorInputException(_what, "write positions as 'insert 5 at 2' (a value, then 'at' and an index)");
                if (at < 0) throw new GeneratorInputException(_what, $"position {at} is negative; indices start at 0");
                ops[^1] = ops[^1] with { Position = at };
                k++;
                continue;
            }
            if (PromptTokens.TryInt(token, out var value))
            {
                PromptTokens.CheckRange(value, _what);
                if (readingContents)
                {
                    contents.Add(new Operation(_defaultCommand!, value));
                    continue;
                }
                var cmd = current ?? _defaultCommand
                    ?? throw new GeneratorInputException(_what, $"'{token}' needs a command before it ({CommandList})");
                ops.Add(new Operation(cmd, value));
                currentHasValue = true;
                continue;
            }
            if (PromptTokens.IsNoise(token)) continue;
            throw PromptTokens.Unread(_what, token, $"'{token}' is not a number or a known command ({CommandList})");
        }
        CheckPending(current, currentHasValue);
        ops.InsertRange(0, contents);
        if (ops.Count > InputCaps.MaxOperations)
            throw new GeneratorInputException(_what, $"{ops.Count} operations are too many for one video; use at most {InputCaps.MaxOperations}");
        return ops;
    }

    /// <summary>"from", "in", "into" or "to" right after a command's values starts the structure's initial contents ("insert 4 at 0 into 1 2 3").</summary>
    private bool IsContentsMarker(string token, string? current, bool currentHasValue) =>
        _defaultCommand is not null && current is not null && currentHasValue && ContentsMarkers.Contains(token);

    private static readonly HashSet<string> ContentsMarkers = new(StringComparer.OrdinalIgnoreCase) { "from", "in", "into", "to" };

    private void CheckPending(string? command, bool hasValue)
    {
        if (command is not null && !hasValue)
            throw new GeneratorInputException(_what, $"'{command}' needs a value, e.g. '{command} 5'");
    }
}
