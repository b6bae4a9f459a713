using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Elements;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Pointers;

/// <summary>
/// A pointer's drawing: a triangle whose tip touches its place, and a rounded tag with the label beyond it.
/// Moves slide between two anchors (both evaluated every frame, so a moving host is followed during the
/// slide too); <see cref="Level"/> pushes the tag outwards when several pointers share a place.
/// </summary>
public sealed class PointerElement(string label, Rgba fill, Rgba textColor, double fontSize, PointerSide side) : Element
{
    public sealed record Move(double Start, double End, PointerAnchor From, PointerAnchor To, Func<double, double> Ease);

    public const double Gap = 3, MarkerLength = 10, MarkerWidth = 14, StackGap = 4;

    private readonly List<Move> _moves = [];

    public string Label { get; } = label;
    public double FontSize { get; } = fontSize;
    public PointerSide Side { get; } = side;
    public Track<Rgba> Fill { get; } = Interpolators.ColorTrack(fill);
    public Track<Rgba> TextColor { get; } = Interpolators.ColorTrack(textColor);

    /// <summary>Stack position at the place: 0 next to it, 1 beyond the first tag …</summary>
    public Track<double> Level { get; } = Interpolators.NumberTrack(0);

    /// <summary>Counts moves (one unit per slide), so the slides are change spans.</summary>
    private Track<double> Slides { get; } = Interpolators.NumberTrack(0);

    public PointerAnchor? Anchor { get; private set; }

    public double TagHeight => Math.Round(FontSize * 1.5);

    public double TagWidth => Math.Max(TagHeight, Math.Round(CodeLineElement.MonoWidth(Math.Max(1, Label.Length), FontSize) + FontSize * 0.8));

    /// <summary>The tag's extent along the outward direction (its height above/below, its width left/right).</summary>
    public double TagExtent => Side is PointerSide.Left or PointerSide.Right ? TagWidth : TagHeight;

    public void Place(PointerAnchor anchor) => Anchor ??= anchor;

    public void SlideTo(PointerAnchor to, double start, double duration, Func<double, double> ease)
    {
        var from = Anchor ?? to;
        _moves.Add(new Move(start, start + Math.Max(0, duration), from, to, ease));
        Slides.Animate(start, duration, _moves.Count, ease);
        Anchor = to;
    }

    /// <summary>The attach point at <paramref name="t"/> and the host opacity there.</summary>
    public (double X, double Y, double HostOpacity)? PlaceAt(double t)
    {
        var move = _moves.LastOrDefault(m => m.Start <= t);
        if (move is null)
        {
            var first = _moves.Count > 0 ? _moves[0].From : Anchor;
            return first is null ? null : (first.At(t).X, first.At(t).Y, first.HostOpacity(t));
        }
        if (t >= move.End || move.End <= move.Start) return (move.To.At(t).X, move.To.At(t).Y, move.To.HostOpacity(t));
        var p = move.Ease(Math.Clamp((t - move.Start) / (move.End - move.Start), 0, 1));
        var (ax, ay) = move.From.At(t);
        var (bx, by) = move.To.At(t);
        var o = move.From.HostOpacity(t) + (move.To.HostOpacity(t) - move.From.HostOpacity(t)) * p;
        return (ax + (bx - ax) * p, ay + (by - ay) * p, o);
    }

    /// <summary>The tag's corner radius.</summary>
    private double CornerRadius => TagHeight * 0.3;

    /// <summary>
    /// Centre of the tag at <paramref name="t"/> (canvas-centred coordinates of the pointer's root). On a side the tag's
    /// middle lies on the marker's axis; on a corner the tag's rounded corner meets the marker's base, and stacked tags
    /// go further out vertically.
    /// </summary>
    public (double X, double Y)? TagCentre(double t)
    {
        if (PlaceAt(t) is not { } place) return null;
        var (dx, dy) = PointerSides.Outward(Side);
        if (PointerSides.IsCorner(Side))
        {
            var (sx, sy) = PointerSides.Signs(Side);
            var reach = Gap + MarkerLength - CornerRadius * (Math.Sqrt(2) - 1);
            return (place.X + dx * reach + sx * TagWidth / 2,
                place.Y + dy * reach + sy * (TagHeight / 2 + Level.At(t) * (TagHeight + StackGap)));
        }
        var distance = Gap + MarkerLength + TagExtent / 2 + Level.At(t) * (TagExtent + StackGap);
        return (place.X + dx * distance, place.Y + dy * distance);
    }

    public override void Draw(SKCanvas canvas, double t, DrawContext context)
    {
        if (!AliveAt(t) || PlaceAt(t) is not { } place || place.HostOpacity <= 0) return;
        var (dx, dy) = PointerSides.Outward(Side);
        var fill = Fill.At(t);
        fill = fill with { A = fill.A * place.HostOpacity };
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = fill.ToSkia() };
        // Marker: tip at the place (plus a small gap), base MarkerLength further out.
        double tipX = place.X + dx * Gap, tipY = place.Y + dy * Gap;
        double baseX = tipX + dx * MarkerLength, baseY = tipY + dy * MarkerLength;
        // Only the pointer next to its place shows the marker; stacked ones fade it out as they move outwards.
        var markerAlpha = 1 - Math.Clamp(Level.At(t), 0, 1);
        using (var path = new SKPath())
        {
            paint.Color = (fill with { A = fill.A * markerAlpha }).ToSkia();
            path.MoveTo((float)tipX, (float)tipY);
            path.LineTo((float)(baseX - dy * MarkerWidth / 2), (float)(baseY + dx * MarkerWidth / 2));
            path.LineTo((float)(baseX + dy * MarkerWidth / 2), (float)(baseY - dx * MarkerWidth / 2));
            path.Close();
            if (markerAlpha > 0) canvas.DrawPath(path, paint);
            paint.Color = fill.ToSkia();
        }
        var (cx, cy) = TagCentre(t)!.Value;
        var rect = SKRect.Create((float)(cx - TagWidth / 2), (float)(cy - TagHeight / 2), (float)TagWidth, (float)TagHeight);
        canvas.DrawRoundRect(rect, (float)CornerRadius, (float)CornerRadius, paint);
        var text = TextColor.At(t);
        canvas.Save();
        canvas.Translate((float)cx, (float)cy);
        var block = context.Text.Layout(Label, FontSize, true, "monospace");
        context.Text.Draw(canvas, block, FontSize, true, "monospace", "center", (text with { A = text.A * place.HostOpacity }).ToSkia());
        canvas.Restore();
    }

    protected override void CollectMoreChanges(ChangeCollector changes)
    {
        foreach (var anchor in _moves.SelectMany(m => new[] { m.From, m.To }).Append(Anchor).OfType<PointerAnchor>().Distinct())
        foreach (var track in anchor.Tracks)
            changes.Add(track);
    }
}
