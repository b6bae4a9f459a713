using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>A cue laid out for drawing: its lines (joined by \n), font size, and band in frame pixels (origin top-left).</summary>
public sealed record BurnedCue(double Start, double End, string Lines, double FontSize, SKRect Band);

/// <summary>
/// Burned subtitles, drawn above the scene and outside the camera (zoom and pan never move them): a
/// translucent dark band with white text, bottom-centred, faded in and out at the edges of each cue.
/// Expects the canvas translated to the frame centre, like every element under <see cref="CompiledShow"/>.
/// </summary>
public sealed class SubtitleElement(IReadOnlyList<BurnedCue> cues, int frameWidth, int frameHeight) : Element
{
    public const string Family = "sans-serif";
    public static readonly SKColor BandColor = new(0, 0, 0, 165);
    public static readonly SKColor TextColor = new(255, 255, 255);
    private const double FadeSeconds = 0.12;
    private readonly BurnedCue[] _cues = [.. cues.OrderBy(c => c.Start)];

    public IReadOnlyList<BurnedCue> Cues => _cues;

    public override void Draw(SKCanvas canvas, double t, DrawContext context)
    {
        if (CueAt(t) is not { } cue) return;
        var opacity = Opacity(cue, t);
        if (opacity <= 0) return;
        canvas.Save();
        canvas.Translate(-frameWidth / 2f, -frameHeight / 2f);
        using (var band = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = BandColor.WithAlpha((byte)Math.Round(BandColor.Alpha * opacity)) })
        {
            var r = (float)(cue.FontSize * 0.25);
            canvas.DrawRoundRect(cue.Band, r, r, band);
        }
        var renderer = context.Text;
        var block = renderer.Layout(cue.Lines, cue.FontSize, false, Family);
        canvas.Translate(cue.Band.MidX, cue.Band.MidY);
        renderer.Draw(canvas, block, cue.FontSize, false, Family, "center", TextColor.WithAlpha((byte)Math.Round(255 * opacity)));
        canvas.Restore();
    }

    private BurnedCue? CueAt(double t)
    {
        int lo = 0, hi = _cues.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var c = _cues[mid];
            if (t < c.Start) hi = mid - 1;
            else if (t >= c.End) lo = mid + 1;
            else return c;
        }
        return null;
    }

    private static double Fade(BurnedCue c) => Math.Min(FadeSeconds, (c.End - c.Start) / 4);

    private static double Opacity(BurnedCue c, double t)
    {
        var f = Fade(c);
        if (f <= 0) return 1;
        return Math.Clamp(Math.Min((t - c.Start) / f, (c.End - t) / f), 0, 1);
    }

    protected override void CollectMoreChanges(ChangeCollector changes)
    {
        foreach (var c in _cues)
        {
            var f = Fade(c);
            changes.Spans.Add((c.Start, c.Start + f));
            changes.Spans.Add((c.End - f, c.End));
        }
    }
}
