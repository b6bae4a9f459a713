using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest;

/// <summary>Encoding checks on manifest text and on the strings read from it (issue 14 item 10).</summary>
public static class TextChecks
{
    public const char ByteOrderMark = '\uFEFF';

    public static string StripByteOrderMark(string text) =>
        text.Length > 0 && text[0] == ByteOrderMark ? text[1..] : text;

    /// <summary>Index of the first unpaired UTF-16 surrogate, or -1.</summary>
    public static int FindLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return i;
        }
        return -1;
    }

    /// <summary>Refuses raw text holding an unpaired surrogate, naming its line and column.</summary>
    public static void RefuseLoneSurrogates(string text)
    {
        var at = FindLoneSurrogate(text);
        if (at < 0) return;
        var line = 1 + text.AsSpan(0, at).Count('\n');
        var column = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
        throw new ManifestParseException(
            $"invalid text (line {line}, column {column}): an unpaired UTF-16 surrogate U+{(int)text[at]:X4} is not a character; save the file as UTF-8");
    }

    /// <summary>Refuses a string value or key holding an unpaired surrogate (e.g. from a "\ud800" escape), with its path.</summary>
    public static void RefuseLoneSurrogates(JsonNode? root)
    {
        var stack = new Stack<(JsonNode? Node, string Path)>();
        stack.Push((root, ""));
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            try { Visit(node, path, stack); }
            // System.Text.Json cannot transcode an escaped lone surrogate: InvalidOperationException or
            // ArgumentOutOfRangeException (a "\udc00" escape, or two high surrogates in a row), by shape.
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                throw Lone(path, "value");
            }
        }
    }

    private static void Visit(JsonNode? node, string path, Stack<(JsonNode? Node, string Path)> stack)
    {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (k, v) in o)
                    {
                        var child = path.Length == 0 ? k : $"{path}.{k}";
                        if (FindLoneSurrogate(k) >= 0) throw Lone(child, "key");
                        stack.Push((v, child));
                    }
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++) stack.Push((a[i], $"{path}[{i}]"));
                    break;
                case JsonValue v when v.TryGetValue<string>(out var s) && FindLoneSurrogate(s) >= 0:
                    throw Lone(path, "value");
            }
    }

    private static ManifestParseException Lone(string path, string what) =>
        new($"{path}: the {what} holds an unpaired UTF-16 surrogate (an escape such as \\ud800 alone is not a character)", path: path);
}
