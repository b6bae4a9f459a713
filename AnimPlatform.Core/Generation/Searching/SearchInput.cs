using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation.Searching;

/// <summary>
/// Reads "search 7 in 1 3 5 7 9", "find 7 in [..]", "for 7 ..", "target 7 ..", or just a list (then a
/// seeded pick from the list is the target). No numbers at all: seeded random list and target.
/// </summary>
public static class SearchInput
{
    public static (List<int> Values, int Target) Parse(string input, int seed, List<string> notes)
    {
        var tokens = PromptTokens.Split(input);
        int? target = null;
        var values = new List<int>();
        var before = new List<int>();
        var sawIn = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            var lower = token.ToLowerInvariant();
            if (lower is "find" or "target" or "for" or "key" or "sum" or "total")
            {
                if (k + 1 < tokens.Count && PromptTokens.TryInt(tokens[k + 1], out var v))
                {
                    target = PromptTokens.CheckRange(v);
                    k++;
                }
                continue;
            }
            if (lower is "in" or "within" or "inside")
            {
                sawIn = true;
                continue;
            }
            if (PromptTokens.TryInt(token, out var n))
            {
                (sawIn ? values : before).Add(PromptTokens.CheckRange(n));
                continue;
            }
            if (!PromptTokens.IsNoise(token)) throw PromptTokens.Unread("numbers", token);
        }

        if (sawIn && target is null)
        {
            if (before.Count != 1) throw new GeneratorInputException("numbers", "write one target before 'in', e.g. '7 in 1 3 5 7 9'");
            target = before[0];
        }
        else
        {
            values.InsertRange(0, before);
        }

        var random = new Random(seed);
        if (values.Count == 0)
        {
            values = PromptTokens.RandomValues(seed, InputCaps.DefaultArray);
            notes.Add($"no list given: using random values {Building.Fmt.List(values)} (seed {seed})");
        }
        values = PromptTokens.Cap(values, InputCaps.MaxArray, notes);
        if (target is null)
        {
            target = values[random.Next(values.Count)];
            notes.Add($"no target given: searching for {target}");
        }
        return (values, target.Value);
    }
}
