using System.Text;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Text;

/// <summary>
/// Lays out and draws text the way the reference browser did (spec §5.4): centre-anchored box, 1.2 line
/// height, CSS half-leading, collapsed whitespace, per-character font fallback. Layouts are cached.
/// </summary>
public sealed class TextRenderer(TypefaceProvider faces)
{
    // Both caches are bounded LRUs: morphing text and animated sizes add keys every frame.
    public const int LayoutCacheLimit = 4_096;
    public const int FontCacheLimit = 256;
    private readonly BoundedCache<(string, double, bool, string), TextBlock> _layouts = new(LayoutCacheLimit);
    private readonly BoundedCache<(SKTypeface, float), SKFont> _fonts = new(FontCacheLimit);

    /// <summary>Entries held now (layouts, fonts): never more than the limits.</summary>
    public (int Layouts, int Fonts) CacheSizes => (_layouts.Count, _fonts.Count);

    public TypefaceProvider Faces { get; } = faces;

    public TextBlock Layout(string content, double size, bool bold, string family) =>
        _layouts.GetOrAdd((content, size, bold, family), key => LayoutUncached(key.Item1, key.Item2, key.Item3, key.Item4));

    /// <summary>
    /// Word-wraps every line of <paramref name="content"/> to at most <paramref name="maxWidth"/> pixels (greedy,
    /// at spaces; a word wider than that keeps a line of its own). Existing line breaks stay.
    /// </summary>
    public string Wrap(string content, double size, bool bold, string family, double maxWidth)
    {
        if (content.Length == 0 || Layout(content, size, bold, family).Width <= maxWidth) return content;
        var lines = new List<string>();
        foreach (var paragraph in content.Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && Layout(candidate, size, bold, family).Width > maxWidth)
                {
                    lines.Add(current);
                    current = word;
                }
                else current = candidate;
            }
            lines.Add(current);
        }
        return string.Join('\n', lines);
    }

    private TextBlock LayoutUncached(string content, double size, bool bold, string family)
    {
        var primary = Faces.Get(family, bold);
        var font = Font(primary, size);
        // An empty text has an empty box (spec §9.4 relies on its height being 0).
        var lines = content.Length == 0 ? [] : content.Split('\n').Select(raw => MeasureLine(raw, primary, size, bold)).ToList();
        var lineHeight = 1.2 * size;
        var block = new TextBlock(lines, lines.Count == 0 ? 0 : lines.Max(l => l.Width), lines.Count * lineHeight,
            lineHeight, -font.Metrics.Ascent, font.Metrics.Descent);
        return block;
    }

    /// <summary>Draws the block centred on (0,0); box size may be overridden while a morph animates it.</summary>
    public void Draw(SKCanvas canvas, TextBlock block, double size, bool bold, string family, string align, SKColor color,
        double? boxWidth = null, double? boxHeight = null)
    {
        var primary = Faces.Get(family, bold);
        var w = boxWidth ?? block.Width;
        var h = boxHeight ?? block.Height;
        var top = -h / 2;
        using var paint = new SKPaint { IsAntialias = true, Color = color };
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines[i];
            if (line.Text.Length == 0) continue;
            var lineTop = top + i * block.LineHeight;
            var baseline = lineTop + (block.LineHeight - (block.Ascent + block.Descent)) / 2 + block.Ascent;
            var x = align switch
            {
                "center" => -w / 2 + (w - line.Width) / 2,
                "right" => w / 2 - line.Width,
                _ => -w / 2,
            };
            var text = line.LeadingSpace ? " " + line.Text : line.Text;
            DrawRuns(canvas, text, (float)x, (float)baseline, primary, size, bold, paint);
        }
    }

    private TextLine MeasureLine(string raw, SKTypeface primary, double size, bool bold)
    {
        var leading = raw.Length > 0 && char.IsWhiteSpace(raw[0]);
        var collapsed = Collapse(raw);
        return new TextLine(collapsed, Measure(collapsed, primary, size, bold), leading && collapsed.Length > 0);
    }

    /// <summary>CSS white-space: nowrap — runs of whitespace become one space; ends take no width.</summary>
    private static string Collapse(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private double Measure(string text, SKTypeface primary, double size, bool bold)
    {
        double width = 0;
        foreach (var (run, face) in Runs(text, primary, bold))
            width += Font(face, size).MeasureText(run);
        return width;
    }

    private void DrawRuns(SKCanvas canvas, string text, float x, float y, SKTypeface primary, double size, bool bold, SKPaint paint)
    {
        foreach (var (run, face) in Runs(text, primary, bold))
        {
            var font = Font(face, size);
            canvas.DrawText(run, x, y, SKTextAlign.Left, font, paint);
            x += font.MeasureText(run);
        }
    }

    /// <summary>Splits text into runs of characters that one face can draw.</summary>
    private IEnumerable<(string Run, SKTypeface Face)> Runs(string text, SKTypeface primary, bool bold)
    {
        var sb = new StringBuilder();
        SKTypeface? current = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var face = rune.Value == ' ' ? current ?? primary : Faces.ForCharacter(primary, rune.Value, bold);
            if (current is not null && face != current)
            {
                yield return (sb.ToString(), current);
                sb.Clear();
            }
            current = face;
            sb.Append(rune.ToString());
        }
        if (sb.Length > 0 && current is not null) yield return (sb.ToString(), current);
    }

    private SKFont Font(SKTypeface face, double size) =>
        _fonts.GetOrAdd((face, (float)size), key => new SKFont(key.Item1, key.Item2)
        {
            Subpixel = true,
            Edging = SKFontEdging.Antialias,
            Hinting = SKFontHinting.None,
        });
}
