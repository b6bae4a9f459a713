using System.Text;

namespace AnimPlatform.Core.Generation.Ai;

/// <summary>
/// Gets the JSON object out of a model's reply: strips ``` fences, cuts to the outermost object, and
/// closes what a truncated reply left open (strings, arrays, objects, a dangling key or literal).
/// It does not fix JSON that is wrong in the middle; the parser reports that.
/// </summary>
public static class JsonRepair
{
    public sealed record Result(string? Json, IReadOnlyList<string> Repairs, string? Error)
    {
        public bool Truncated { get; init; }
    }

    private enum Expect { Key, Colon, Value, CommaOrEnd }

    private sealed class Frame(bool isObject)
    {
        public bool IsObject { get; } = isObject;
        public Expect State { get; set; } = isObject ? Expect.Key : Expect.Value;
    }

    public static Result Repair(string? reply)
    {
        var repairs = new List<string>();
        var text = (reply ?? "").Trim().TrimStart('\uFEFF');
        if (text.Length == 0) return new Result(null, repairs, "the reply is empty");

        var fence = text.IndexOf("```", StringComparison.Ordinal);
        if (fence >= 0)
        {
            var bodyStart = text.IndexOf('\n', fence);
            bodyStart = bodyStart < 0 ? fence + 3 : bodyStart + 1;
            var close = text.IndexOf("```", bodyStart, StringComparison.Ordinal);
            text = close >= 0 ? text[bodyStart..close] : text[bodyStart..];
            repairs.Add("removed the ``` code fence around the JSON");
        }

        var start = text.IndexOf('{');
        if (start < 0) return new Result(null, repairs, "the reply contains no JSON object");
        if (text[..start].Trim().Length > 0) repairs.Add("ignored text before the JSON object");

        var output = new StringBuilder(text.Length + 16);
        var stack = new Stack<Frame>();
        var inString = false;
        var escaped = false;
        var stringIsKey = false;
        var literalStart = -1;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                output.Append(c);
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"')
                {
                    inString = false;
                    stack.Peek().State = stringIsKey ? Expect.Colon : Expect.CommaOrEnd;
                }
                continue;
            }
            if (literalStart >= 0 && !IsLiteralChar(c))
            {
                literalStart = -1;
                stack.Peek().State = Expect.CommaOrEnd;
            }
            switch (c)
            {
                case '"':
                    inString = true;
                    stringIsKey = stack.Count > 0 && stack.Peek() is { IsObject: true, State: Expect.Key };
                    output.Append(c);
                    break;
                case '{':
                case '[':
                    stack.Push(new Frame(c == '{'));
                    output.Append(c);
                    break;
                case '}':
                case ']':
                    output.Append(c);
                    if (stack.Count > 0) stack.Pop();
                    if (stack.Count == 0)
                    {
                        if (text[(i + 1)..].Trim().Length > 0) repairs.Add("ignored text after the JSON object");
                        return new Result(output.ToString(), repairs, null);
                    }
                    stack.Peek().State = Expect.CommaOrEnd;
                    break;
                case ':':
                    output.Append(c);
                    if (stack.Count > 0) stack.Peek().State = Expect.Value;
                    break;
                case ',':
                    output.Append(c);
                    if (stack.Count > 0) stack.Peek().State = stack.Peek().IsObject ? Expect.Key : Expect.Value;
                    break;
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        output.Append(c);
                        break;
                    }
                    if (literalStart < 0) literalStart = output.Length;
                    output.Append(c);
                    break;
            }
        }

        // The text ended inside the object: the reply was cut off. Close everything that is open.
        if (inString)
        {
            TrimPartialEscape(output);
            output.Append('"');
            stack.Peek().State = stringIsKey ? Expect.Colon : Expect.CommaOrEnd;
            repairs.Add("closed a string cut off by the end of the reply");
        }
        else if (literalStart >= 0)
        {
            var literal = output.ToString(literalStart, output.Length - literalStart);
            output.Length = literalStart;
            output.Append(CompleteLiteral(literal));
            stack.Peek().State = Expect.CommaOrEnd;
        }
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            TrimEnd(output);
            if (output.Length > 0 && output[^1] == ',') output.Length--;
            if (frame.IsObject)
            {
                if (frame.State == Expect.Colon) output.Append(":null");
                else if (frame.State == Expect.Value && output[^1] == ':') output.Append("null");
                output.Append('}');
            }
            else
            {
                output.Append(']');
            }
            if (stack.Count > 0) stack.Peek().State = Expect.CommaOrEnd;
        }
        repairs.Add("the reply was cut off (truncated JSON): closed the open strings, lists and objects");
        return new Result(output.ToString(), repairs, null) { Truncated = true };
    }

    private static bool IsLiteralChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '-' or '+';

    private static string CompleteLiteral(string literal)
    {
        foreach (var word in new[] { "true", "false", "null" })
            if (word.StartsWith(literal, StringComparison.Ordinal)) return word;
        var number = literal.TrimEnd('.', 'e', 'E', '+', '-');
        return number.Length == 0 || !double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? "null"
            : number;
    }

    /// <summary>Removes a dangling backslash or an incomplete \uXXXX escape at the end of a cut string.</summary>
    private static void TrimPartialEscape(StringBuilder s)
    {
        var text = s.ToString();
        var slash = text.LastIndexOf('\\');
        if (slash < 0) return;
        var run = 0;
        for (var k = slash; k >= 0 && text[k] == '\\'; k--) run++;
        var tail = text[(slash + 1)..];
        if (run % 2 == 1 && (tail.Length == 0 || (tail[0] == 'u' && tail.Length < 5)))
            s.Length = slash;
    }

    private static void TrimEnd(StringBuilder s)
    {
        while (s.Length > 0 && char.IsWhiteSpace(s[^1])) s.Length--;
    }
}
