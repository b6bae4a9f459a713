using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AnimPlatform.Web.Drafts;

/// <summary>
/// Where the values of a YAML or JSON text are: finds the line of a diagnostic path (<c>timeline[7].node</c>)
/// and cuts out the text of a sub-document exactly as the user wrote it (comments and all).
/// </summary>
public sealed partial class SourceMap
{
    private readonly string _text;
    private readonly YamlNode? _root;

    private SourceMap(string text, YamlNode? root)
    {
        _text = text;
        _root = root;
    }

    /// <summary>Reads the text's structure; a text that does not parse gives a map that locates nothing.</summary>
    public static SourceMap Of(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return new SourceMap(text, stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            return new SourceMap(text, null);
        }
    }

    /// <summary>True when the text is written as JSON (starts with a brace), false for YAML.</summary>
    public static bool IsJson(string text) => text.AsSpan().TrimStart().StartsWith("{");

    /// <summary>The 1-based line of the deepest value the path reaches (the path "" is the document).</summary>
    public int? LineOf(string path)
    {
        var node = _root;
        if (node is null) return null;
        foreach (var segment in Segments(path))
        {
            YamlNode? next = null;
            if (segment.Index is { } index)
            {
                if (node is YamlSequenceNode seq && index < seq.Children.Count) next = seq.Children[index];
            }
            else if (node is YamlMappingNode map)
            {
                next = map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode k && k.Value == segment.Key).Value;
            }
            if (next is null) break;
            node = next;
        }
        return (int)node.Start.Line;
    }

    /// <summary>The text of the value at a path, dedented to stand alone; null when the path is not there.</summary>
    public string? Slice(string path)
    {
        var node = Find(path);
        if (node is null) return null;
        var start = (int)node.Start.Index;
        var indent = (int)node.Start.Column - 1;
        var end = Math.Min(_text.Length, EndOf(node, start, indent));
        if (start < 0 || end <= start) return null;
        // A comment after the last value on its line belongs to it.
        var lastLineEnd = LineEnd(end);
        if (_text.AsSpan(end, lastLineEnd - end).Trim() is var rest && (rest.IsEmpty || rest[0] == '#')) end = lastLineEnd;
        var raw = _text[start..end].TrimEnd();
        if (indent <= 0) return raw;
        var lines = raw.Split('\n');
        var result = new StringBuilder(lines[0]);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            var spaces = 0;
            while (spaces < indent && spaces < line.Length && line[spaces] == ' ') spaces++;
            result.Append('\n').Append(line, spaces, line.Length - spaces);
        }
        return result.ToString();
    }

    /// <summary>
    /// Where a value's text ends. A block collection runs over the following lines indented at least as far as its
    /// first key (comments among them included); a flow collection to its matching bracket; a scalar to its end mark.
    /// </summary>
    private int EndOf(YamlNode node, int start, int indent)
    {
        switch (node)
        {
            case YamlMappingNode { Style: YamlDotNet.Core.Events.MappingStyle.Flow }:
            case YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow }:
                return MatchingBracket(start);
            case YamlMappingNode or YamlSequenceNode:
            {
                var end = LineEnd(start);
                for (var lineStart = end + 1; lineStart < _text.Length; lineStart = LineEnd(lineStart) + 1)
                {
                    var lineEnd = LineEnd(lineStart);
                    var line = _text.AsSpan(lineStart, lineEnd - lineStart);
                    var content = line.TrimStart(' ');
                    if (content.TrimEnd().IsEmpty) continue;
                    if (line.Length - content.Length < indent) break;
                    end = lineEnd;
                }
                return end;
            }
            default:
                return (int)node.End.Index;
        }
    }

    private int LineEnd(int from) => _text.IndexOf('\n', from) is var n and >= 0 ? n : _text.Length;

    /// <summary>The index just after the bracket closing the one at <paramref name="start"/> (quotes respected).</summary>
    private int MatchingBracket(int start)
    {
        var depth = 0;
        char quote = '\0';
        for (var i = start; i < _text.Length; i++)
        {
            var c = _text[i];
            if (quote != '\0')
            {
                if (c == '\\' && quote == '"') i++;
                else if (c == quote) quote = '\0';
                continue;
            }
            switch (c)
            {
                case '"' or '\'': quote = c; break;
                case '{' or '[': depth++; break;
                case '}' or ']' when --depth == 0: return i + 1;
            }
        }
        return _text.Length;
    }

    private YamlNode? Find(string path)
    {
        var node = _root;
        foreach (var segment in Segments(path))
        {
            node = segment.Index is { } index
                ? node is YamlSequenceNode seq && index < seq.Children.Count ? seq.Children[index] : null
                : node is YamlMappingNode map ? map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode k && k.Value == segment.Key).Value : null;
            if (node is null) return null;
        }
        return node;
    }

    private static IEnumerable<(string? Key, int? Index)> Segments(string path)
    {
        foreach (Match m in SegmentPattern().Matches(path))
        {
            if (m.Groups["index"].Success) yield return (null, int.Parse(m.Groups["index"].Value));
            else yield return (m.Groups["key"].Value, null);
        }
    }

    [GeneratedRegex(@"\[(?<index>\d{1,9})\]|(?<key>[^.\[\]]+)", RegexOptions.NonBacktracking)]
    private static partial Regex SegmentPattern();
}
