using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AnimPlatform.Core.Manifest;

/// <summary>
/// Reads YAML or JSON text into one neutral tree (<see cref="JsonNode"/>), so that every later stage
/// sees the same shapes whichever syntax the author used. YAML plain scalars are typed by the YAML 1.2
/// core schema (the original tool's parser); quoted scalars stay strings.
/// </summary>
public static partial class DocumentReader
{
    /// <summary>
    /// Reads one document. A leading UTF-8 byte order mark (U+FEFF) is ignored, whichever way the text
    /// arrived (file, API body, pasted). Lone UTF-16 surrogates are refused with their line or path.
    /// </summary>
    public static JsonNode? Read(string text)
    {
        text = TextChecks.StripByteOrderMark(text);
        TextChecks.RefuseLoneSurrogates(text);
        if (Encoding.UTF8.GetByteCount(text) > ManifestLimits.MaxBytes)
            throw new ManifestParseException($"document is larger than {ManifestLimits.MaxBytes / (1024 * 1024)} MB");
        var node = ReadAny(text);
        TextChecks.RefuseLoneSurrogates(node);
        return node;
    }

    private static JsonNode? ReadAny(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.Length > 0 && trimmed[0] is '{' or '[')
        {
            try { return ReadJson(text); }
            catch (JsonException) { /* not strict JSON: YAML flow syntax is a superset, try it */ }
        }
        return ReadYaml(text);
    }

    public static JsonNode? ReadFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException($"file not found: {path}", path);
        if (info.Length > ManifestLimits.MaxBytes)
            throw new ManifestParseException($"{path} is larger than {ManifestLimits.MaxBytes / (1024 * 1024)} MB");
        return Read(File.ReadAllText(path));
    }

    private static JsonNode? ReadJson(string text)
    {
        var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = ManifestLimits.MaxNestingDepth,
        });
        return node;
    }

    private static JsonNode? ReadYaml(string text)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            return new YamlTreeBuilder(parser).ReadFirstDocument();
        }
        catch (YamlException ex)
        {
            var msg = ex.InnerException?.Message ?? ex.Message;
            throw new ManifestParseException($"YAML syntax error{Where(ex.Start)}: {msg}", ex);
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet turns a "\udc00"-style escape (an unpaired surrogate) into ArgumentOutOfRangeException.
            throw new ManifestParseException($"YAML syntax error{Where(parser.Current?.Start)}: invalid Unicode escape (an unpaired UTF-16 surrogate is not a character)", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet reports some structural errors (an unexpected token where a value should be) this way.
            throw new ManifestParseException($"YAML syntax error{Where(parser.Current?.Start)}: unexpected content", ex);
        }
    }

    private static string Where(Mark? mark) =>
        mark is { Line: > 0 } m ? $" (line {m.Line}, column {m.Column})" : "";

    private sealed class YamlTreeBuilder(IParser parser)
    {
        private readonly Dictionary<string, JsonNode?> _anchors = new();
        private readonly Dictionary<string, int> _anchorSizes = new();
        private int _nodes;

        public JsonNode? ReadFirstDocument()
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = ReadNode(0);
            parser.Consume<DocumentEnd>();
            if (parser.Current is DocumentStart next)
                throw new ManifestParseException(
                    $"a second YAML document starts{Where(next.Start)}; one manifest or show is one document "
                    + "(remove the '---' line, or put the scenes in one show under scenes:)", path: "document[1]");
            return root;
        }

        private void Count(int n = 1)
        {
            _nodes += n;
            if (_nodes > ManifestLimits.MaxDocumentNodes)
                throw new ManifestParseException("document expands to too many values (YAML alias bomb?)");
        }

        private JsonNode? ReadNode(int depth)
        {
            if (depth > ManifestLimits.MaxNestingDepth)
                throw new ManifestParseException($"document is nested deeper than {ManifestLimits.MaxNestingDepth} levels");
            var ev = parser.Current ?? throw new ManifestParseException("unexpected end of YAML");
            switch (ev)
            {
                case AnchorAlias alias:
                    parser.MoveNext();
                    if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                        throw new ManifestParseException($"unknown YAML alias *{alias.Value.Value}");
                    Count(_anchorSizes[alias.Value.Value]); // refuse before copying: bombs never get built
                    return target?.DeepClone();
                case Scalar scalar:
                {
                    parser.MoveNext();
                    Count();
                    var value = ConvertScalar(scalar);
                    Remember(scalar.Anchor, value);
                    return value;
                }
                case SequenceStart seq:
                {
                    parser.MoveNext();
                    Count();
                    var array = new JsonArray();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                        array.Add(ReadNode(depth + 1));
                    Remember(seq.Anchor, array);
                    return array;
                }
                case MappingStart map:
                {
                    parser.MoveNext();
                    Count();
                    var obj = new JsonObject();
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(depth + 1);
                        var key = keyNode is JsonValue kv ? KeyText(kv) : keyNode?.ToJsonString() ?? "null";
                        var val = ReadNode(depth + 1);
                        if (key == "<<" && val is JsonObject merge)
                        {
                            foreach (var (k, v) in merge)
                                if (!obj.ContainsKey(k)) obj[k] = v?.DeepClone();
                            continue;
                        }
                        obj[key] = val; // duplicate keys: the last one wins, as in most YAML loaders
                    }
                    Remember(map.Anchor, obj);
                    return obj;
                }
                default:
                    throw new ManifestParseException($"unexpected YAML event {ev.GetType().Name}");
            }
        }

        private static string KeyText(JsonValue v) =>
            v.TryGetValue<string>(out var s) ? s : Convert.ToString(v.GetValue<object>(), CultureInfo.InvariantCulture) ?? "";

        private void Remember(AnchorName anchor, JsonNode? node)
        {
            if (anchor.IsEmpty) return;
            _anchors[anchor.Value] = node;
            _anchorSizes[anchor.Value] = CountNodes(node);
        }

        private static int CountNodes(JsonNode? node) => node switch
        {
            JsonObject o => 1 + o.Sum(p => CountNodes(p.Value)),
            JsonArray a => 1 + a.Sum(CountNodes),
            _ => 1,
        };
    }

    private static JsonNode? ConvertScalar(Scalar scalar)
    {
        var tag = scalar.Tag.IsEmpty ? "" : scalar.Tag.Value;
        var v = scalar.Value;
        if (tag is "tag:yaml.org,2002:str" or "!") return JsonValue.Create(v);
        if (!scalar.IsPlainImplicit && tag == "") return JsonValue.Create(v);
        if (scalar.Style != ScalarStyle.Plain && tag == "") return JsonValue.Create(v);
        return ResolvePlain(v) ?? (v is "" or "~" or "null" or "Null" or "NULL" ? null : JsonValue.Create(v));
    }

    /// <summary>YAML 1.2 core schema resolution of a plain scalar; null result = string or null.</summary>
    private static JsonNode? ResolvePlain(string v)
    {
        switch (v)
        {
            case "true" or "True" or "TRUE": return JsonValue.Create(true);
            case "false" or "False" or "FALSE": return JsonValue.Create(false);
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF": return JsonValue.Create(double.PositiveInfinity);
            case "-.inf" or "-.Inf" or "-.INF": return JsonValue.Create(double.NegativeInfinity);
            case ".nan" or ".NaN" or ".NAN": return JsonValue.Create(double.NaN);
        }
        if (IntPattern().IsMatch(v))
        {
            if (long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return JsonValue.Create(l);
            return JsonValue.Create(double.Parse(v, CultureInfo.InvariantCulture));
        }
        if (v.StartsWith("0x") && v.Length > 2 && long.TryParse(v.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
            return JsonValue.Create(hex);
        if (v.StartsWith("0o") && v.Length > 2 && v.Skip(2).All(c => c is >= '0' and <= '7') && v.Length < 24)
            return JsonValue.Create(Convert.ToInt64(v[2..], 8));
        if (FloatPattern().IsMatch(v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return JsonValue.Create(d);
        return null;
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$", RegexOptions.NonBacktracking)]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.NonBacktracking)]
    private static partial Regex FloatPattern();
}
