using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Code;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>
/// A code panel: monospace lines with syntax colours, optional line numbers, a highlight band per line.
/// The root sits at the panel's centre. <see cref="Page"/> is the code shown now (set-code replaces it).
/// </summary>
public sealed class CodeRuntime : ObjectRuntime
{
    public sealed record Line(GroupElement Group, CodeLineElement Text, BoxElement Band, double CentreY);

    public sealed record CodePage(IReadOnlyList<Line> Lines, double Width, double Height);

    private readonly StyleReader _style;
    private readonly bool _lineNumbers;
    private readonly double _minWidth;
    private readonly Rgba _text, _numbers, _keyword, _string, _comment, _number, _type;

    public double FontSize { get; }
    public double LineHeight => FontSize * 1.5;
    public double Padding => FontSize * 0.6;
    public double DimOpacity { get; }
    public Rgba HighlightColor { get; }
    public string Language { get; private set; }
    public BoxElement Panel { get; }
    public CodePage Page { get; private set; }

    public CodeRuntime(KindDefinition def, CanvasSpec canvas)
        : base(def.Id, def.Type, new GroupElement(def.Position.X - canvas.Width / 2, def.Position.Y - canvas.Height / 2, 0))
    {
        _style = new StyleReader(def.Style);
        FontSize = _style.Number("fontSize", 20);
        DimOpacity = Math.Clamp(_style.NumberOrZero("dimOpacity", 0.4), 0, 1);
        _minWidth = _style.Number("width", 0);
        HighlightColor = _style.Color("highlightColor", "#f1c40f");
        _text = _style.Color("textColor", "#e6e6f0");
        _numbers = _style.Color("lineNumberColor", "#6c6c8a");
        _keyword = _style.Color("keywordColor", "#c792ea");
        _string = _style.Color("stringColor", "#c3e88d");
        _comment = _style.Color("commentColor", "#8a8aa8");
        _number = _style.Color("numberColor", "#f78c6c");
        _type = _style.Color("typeColor", "#ffcb6b");
        _lineNumbers = def.Source["lineNumbers"].AsBool() ?? true;
        Language = def.Source["language"].AsString() ?? "pseudocode";

        var code = CodeText(def.Source["code"]);
        var (w, h) = Measure(code);
        Panel = Root.Add(new BoxElement(-w / 2, -h / 2, w, h, 10, _style.Color("background", "#161628"), _style.Color("borderColor", "#3a3a5a"), 2));
        Page = CreatePage(code, Language, w, h, double.NegativeInfinity);
    }

    /// <summary>A <c>code</c> value: a string (lines split at \n) or a list of lines.</summary>
    public static string CodeText(JsonNode? node) =>
        node is JsonArray list ? string.Join("\n", list.Select(x => x.ScalarText() ?? "")) : node.ScalarText() ?? "";

    private Rgba Colour(TokenRole role) => role switch
    {
        TokenRole.Keyword => _keyword,
        TokenRole.String => _string,
        TokenRole.Comment => _comment,
        TokenRole.Number => _number,
        TokenRole.Type => _type,
        _ => _text,
    };

    private double Gutter(int lines) => _lineNumbers ? CodeLineElement.MonoWidth(lines.ToString().Length + 1, FontSize) : 0;

    private (double Width, double Height) Measure(string code)
    {
        var lines = code.Replace("\r\n", "\n").Split('\n');
        var longest = lines.Max(l => l.Replace('\t', ' ').TrimEnd().Length);
        var w = Math.Max(_minWidth, 2 * Padding + Gutter(lines.Length) + CodeLineElement.MonoWidth(longest, FontSize));
        return (w, lines.Length * LineHeight + 2 * Padding);
    }

    /// <summary>Builds the lines of <paramref name="code"/> for a panel of the given size, born at <paramref name="born"/>.</summary>
    private CodePage CreatePage(string code, string language, double w, double h, double born)
    {
        var tokens = SyntaxColorizer.Colorize(code, language);
        var lines = new List<Line>();
        var left = -w / 2 + Padding;
        for (var i = 0; i < tokens.Count; i++)
        {
            var y = -h / 2 + Padding + (i + 0.5) * LineHeight;
            var band = Root.Add(new BoxElement(-w / 2 + 4, y - LineHeight / 2, w - 8, LineHeight, 4, HighlightColor with { A = 0.28 }, HighlightColor, 0) { Born = born });
            band.Opacity.Set(born, 0);
            var group = Root.Add(new GroupElement(left, y) { Born = born });
            if (_lineNumbers)
            {
                var number = (i + 1).ToString().PadLeft(tokens.Count.ToString().Length);
                group.Add(new CodeLineElement([new CodeToken(number, TokenRole.Plain)], _ => _numbers, FontSize));
            }
            var text = new CodeLineElement(tokens[i], Colour, FontSize);
            var holder = group.Add(new GroupElement(Gutter(tokens.Count), 0));
            holder.Add(text);
            lines.Add(new Line(group, text, band, y));
        }
        return new CodePage(lines, w, h);
    }

    /// <summary>Replaces the code: old lines fade out over the first half, the panel resizes, new lines fade in.</summary>
    public void ReplaceCode(string code, string? language, double start, double duration, Func<double, double> ease)
    {
        if (language is not null) Language = language;
        var half = duration / 2;
        foreach (var line in Page.Lines)
        {
            line.Group.Opacity.Animate(start, half, 0, ease);
            line.Band.Opacity.Animate(start, half, 0, ease);
            line.Group.Removed = line.Band.Removed = Math.Min(line.Group.Removed, start + half);
        }
        var (w, h) = Measure(code);
        Panel.X.Animate(start, duration, -w / 2, ease);
        Panel.Y.Animate(start, duration, -h / 2, ease);
        Panel.Width.Animate(start, duration, w, ease);
        Panel.Height.Animate(start, duration, h, ease);
        Page = CreatePage(code, Language, w, h, start + half);
        foreach (var line in Page.Lines)
        {
            line.Group.Opacity.Set(start + half, 0);
            line.Group.Opacity.Animate(start + half, half, 1, ease);
        }
    }
}
