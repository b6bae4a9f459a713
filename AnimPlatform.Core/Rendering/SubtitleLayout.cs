using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Actions;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Objects;
using AnimPlatform.Core.Rendering.Text;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering;

/// <summary>
/// Where and how burned subtitles are drawn: a font scaled to the frame height, text wrapped to the frame
/// width (balanced lines), and a band placed at the bottom — or, when the scene has its own text there,
/// just above that text with a safe gap, so it never covers it.
/// </summary>
public static class SubtitleLayout
{
    public const double MinFontSize = 10;
    private const int MaxLines = 3;

    /// <summary>About 40 px at 1080 lines — far more readable than the reference's 20 px.</summary>
    public static double FontSize(int frameHeight) => Math.Clamp(Math.Round(frameHeight / 27.0), MinFontSize, 96);

    public static double BottomMargin(int frameHeight) => Math.Round(frameHeight * 0.04);

    /// <summary>Lays out one scene's cues (absolute times) for a frame of the given size.</summary>
    public static IEnumerable<BurnedCue> Layout(SceneManifest scene, IEnumerable<SubtitleCue> cues, int frameWidth, int frameHeight, TextRenderer text)
    {
        var blocks = cues.Select(c => (Cue: c, Text: Wrap(c.Text, frameWidth, frameHeight, text))).ToList();
        if (blocks.Count == 0) yield break;
        var tallest = blocks.Max(b => BandSize(b.Text.Lines, b.Text.Size, text).Height);
        var bottom = PlaceBandBottom(SceneTextBoxes(scene, frameWidth, frameHeight), tallest, frameHeight);
        foreach (var (cue, wrapped) in blocks)
        {
            var (w, h) = BandSize(wrapped.Lines, wrapped.Size, text);
            var band = SKRect.Create((float)((frameWidth - w) / 2), (float)(bottom - h), (float)w, (float)h);
            yield return new BurnedCue(cue.Start, cue.End, string.Join('\n', wrapped.Lines), wrapped.Size, band);
        }
    }

    /// <summary>Word-wraps to 90 % of the frame width (and ~50 characters); shrinks the font when more than three lines would be needed.</summary>
    public static (IReadOnlyList<string> Lines, double Size) Wrap(string content, int frameWidth, int frameHeight, TextRenderer text)
    {
        var words = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var size = FontSize(frameHeight);
        while (true)
        {
            // At most 90 % of the frame, and about 50 characters a line (the usual subtitle measure).
            var maxWidth = Math.Min(frameWidth * 0.9 - 2 * PadX(size), 26 * size);
            var lines = Greedy(words, maxWidth, size, text);
            if (lines.Count == 2) lines = Balanced(words, size, text, maxWidth) ?? lines;
            if (lines.Count <= MaxLines || size <= MinFontSize) return (lines, size);
            size = Math.Max(MinFontSize, Math.Floor(size * 0.85));
        }
    }

    private static double PadX(double size) => size * 0.5;
    private static double PadY(double size) => size * 0.25;

    private static (double Width, double Height) BandSize(IReadOnlyList<string> lines, double size, TextRenderer text)
    {
        var block = text.Layout(string.Join('\n', lines), size, false, SubtitleElement.Family);
        return (block.Width + 2 * PadX(size), block.Height + 2 * PadY(size));
    }

    private static double Width(string line, double size, TextRenderer text) => text.Layout(line, size, false, SubtitleElement.Family).Width;

    private static List<string> Greedy(string[] words, double maxWidth, double size, TextRenderer text)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Width(candidate, size, text) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else current = candidate;
        }
        if (current.Length > 0) lines.Add(current);
        return lines;
    }

    /// <summary>The two-line split with the narrowest longer line (subtitle convention: lines of similar length).</summary>
    private static List<string>? Balanced(string[] words, double size, TextRenderer text, double maxWidth)
    {
        List<string>? best = null;
        var bestWidth = double.MaxValue;
        for (var k = 1; k < words.Length; k++)
        {
            var a = string.Join(' ', words[..k]);
            var b = string.Join(' ', words[k..]);
            var w = Math.Max(Width(a, size, text), Width(b, size, text));
            if (w <= maxWidth && w < bestWidth)
            {
                bestWidth = w;
                best = [a, b];
            }
        }
        return best;
    }

    /// <summary>
    /// Vertical extents (frame pixels, origin top-left) of the scene's text objects — every content they show
    /// (initial and set-text values) at every place they stand (initial and move-to positions) — and of its data
    /// structures (cells with caption and index labels), with the camera at rest.
    /// </summary>
    public static IReadOnlyList<(double Top, double Bottom)> SceneTextBoxes(SceneManifest scene, int frameWidth, int frameHeight)
    {
        var steps = scene.Timeline.SelectMany(e => e switch
        {
            ActionStep s => [s],
            ParallelBlock b => b.Actions,
            _ => [],
        }).ToList();
        var boxes = new List<(double, double)>();
        foreach (var def in scene.Objects.OfType<TextDefinition>())
        {
            var font = FontSpec.Parse(new StyleReader(def.Style).Text("font"));
            var mine = steps.Where(s => s.Target == def.Id).ToList();
            var contents = mine.Where(s => s.Name == "set-text").Select(s => SetTextHandler.ValueText(s["value"])).Prepend(def.Content);
            var lines = contents.Max(c => c.Length == 0 ? 0 : c.Split('\n').Length);
            if (lines == 0) continue;
            var half = lines * 1.2 * font.Size / 2;
            var ys = mine.Where(s => s.Name == "move-to").Select(s => s["position"].Get("y").AsNumber())
                .OfType<double>().Where(double.IsFinite).Prepend(def.Position.Y);
            foreach (var y in ys) Add(y, half, half);
        }
        // Data structures hold text too: cell values, a caption above (~30 px) and index labels below (~26 px).
        foreach (var def in scene.Objects.OfType<DataStructureDefinition>())
        {
            var style = new StyleReader(def.Style);
            var cell = style.Number("cellHeight", 40) / 2;
            var ys = steps.Where(s => s.Target == def.Id && s.Name == "move-to").Select(s => s["position"].Get("y").AsNumber())
                .OfType<double>().Where(double.IsFinite).Prepend(def.Position.Y);
            // Bars (extension): bars rise barHeight/2 above the position, values and indices sit below the baseline.
            var bars = def.View == "bars" ? style.Number("barHeight", 200) / 2 : -1;
            foreach (var y in ys)
                if (bars >= 0) Add(y, bars + 34, bars + 50);
                else Add(y, cell + 30, cell + 26);
        }
        return boxes;

        void Add(double y, double above, double below)
        {
            var centre = frameHeight / 2.0 + (y - scene.Meta.Canvas.Height / 2);
            boxes.Add((centre - above, centre + below));
        }
    }

    /// <summary>
    /// The band's bottom edge: at the bottom margin when that is clear of the scene's text (with a gap of 2 % of
    /// the height), else just above the lowest text it would cover, else (nowhere free) at the bottom margin.
    /// </summary>
    public static double PlaceBandBottom(IReadOnlyList<(double Top, double Bottom)> boxes, double bandHeight, int frameHeight)
    {
        var gap = Math.Max(2, frameHeight * 0.02);
        var standard = frameHeight - BottomMargin(frameHeight);
        var candidates = boxes.Select(b => b.Top - gap).Where(c => c < standard).Prepend(standard).OrderDescending();
        foreach (var bottom in candidates)
        {
            var top = bottom - bandHeight;
            if (top < 0) break;
            if (boxes.All(b => b.Bottom + gap <= top || b.Top - gap >= bottom)) return bottom;
        }
        return standard;
    }
}
