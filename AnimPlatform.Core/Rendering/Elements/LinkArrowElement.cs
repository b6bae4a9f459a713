using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Colors;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>
/// A linked-list node's next pointer: an arrow from its box's outline to the outline of the box it points at,
/// following both boxes as they move. Retargeting can swing: over the swing the tip travels from the old
/// target's outline to the new one's. No target: no arrow. Boxes are <paramref name="width"/> × <paramref name="height"/>
/// (times their group's scale), centred on their group.
/// </summary>
public sealed class LinkArrowElement(GroupElement from, double width, double height, Rgba color, double lineWidth) : Element
{
    private sealed record Aim(double Time, GroupElement? Target, GroupElement? Previous, double Swing, Func<double, double> Ease);

    private readonly List<Aim> _aims = [new(double.NegativeInfinity, null, null, 0, p => p)];

    public GroupElement From { get; } = from;
    public Track<double> Opacity { get; } = Interpolators.NumberTrack(1);
    public Rgba Color { get; } = color;

    /// <summary>The box the arrow points at from <paramref name="time"/> on (null: none).</summary>
    public GroupElement? TargetAt(double time) => _aims.Last(a => a.Time <= time).Target;

    /// <summary>Points at <paramref name="target"/> from <paramref name="time"/>; with a swing the tip moves over from the previous target.</summary>
    public void PointAt(double time, GroupElement? target, double swing = 0, Func<double, double>? ease = null)
    {
        var previous = TargetAt(time);
        if (ReferenceEquals(previous, target)) return;
        _aims.RemoveAll(a => a.Time >= time);
        _aims.Add(new Aim(time, target, previous, previous is null || target is null ? 0 : swing, ease ?? (p => p)));
    }

    /// <summary>Where the arrow starts and where its tip is at <paramref name="t"/> (parent coordinates), or null when none is drawn.</summary>
    public ((double X, double Y) Start, (double X, double Y) Tip)? Geometry(double t)
    {
        var aim = _aims.Last(a => a.Time <= t);
        if (aim.Target is null || !aim.Target.AliveAt(t) || !From.AliveAt(t)) return null;
        var from = From.PositionAt(t);
        var tip = Outline(aim.Target, from, t);
        if (aim.Previous is { } old && aim.Swing > 0 && t < aim.Time + aim.Swing && old.AliveAt(t))
        {
            var p = aim.Ease(Math.Clamp((t - aim.Time) / aim.Swing, 0, 1));
            var before = Outline(old, from, t);
            tip = (before.X + (tip.X - before.X) * p, before.Y + (tip.Y - before.Y) * p);
        }
        var start = Exit(from, From.Scale.At(t), tip);
        return (start, tip);
    }

    /// <summary>Where the segment from <paramref name="toward"/> to the box's centre crosses the box's outline.</summary>
    private (double X, double Y) Outline(GroupElement box, (double X, double Y) toward, double t) =>
        Exit(box.PositionAt(t), box.Scale.At(t), toward);

    /// <summary>The point of a box's outline (centre <paramref name="c"/>, scaled) in the direction of <paramref name="toward"/>.</summary>
    private (double X, double Y) Exit((double X, double Y) c, double scale, (double X, double Y) toward)
    {
        double dx = toward.X - c.X, dy = toward.Y - c.Y;
        double hw = width / 2 * scale, hh = height / 2 * scale;
        if (Math.Abs(dx) < 1e-9 && Math.Abs(dy) < 1e-9) return c;
        var k = Math.Min(Math.Abs(dx) < 1e-9 ? double.PositiveInfinity : hw / Math.Abs(dx), Math.Abs(dy) < 1e-9 ? double.PositiveInfinity : hh / Math.Abs(dy));
        return (c.X + dx * k, c.Y + dy * k);
    }

    /// <summary>Retargets are instants, swings spans (the boxes' own motion is their groups' tracks).</summary>
    protected override void CollectMoreChanges(ChangeCollector changes)
    {
        foreach (var aim in _aims)
        {
            changes.AddInstant(aim.Time);
            if (aim.Swing > 0) changes.Spans.Add((aim.Time, aim.Time + aim.Swing));
        }
    }

    public override void Draw(SKCanvas canvas, double t, DrawContext context)
    {
        if (!AliveAt(t)) return;
        // A box still growing (or shrinking away) takes its arrows with it: none between boxes of scale 0.
        var target = TargetAt(t);
        var grown = Math.Min(From.Scale.At(t), target?.Scale.At(t) ?? 0);
        var opacity = Math.Clamp(Opacity.At(t), 0, 1) * Math.Clamp(grown, 0, 1);
        if (opacity <= 0 || Geometry(t) is not var ((ax, ay), (bx, by))) return;
        var length = Math.Sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
        if (length < 1e-6) return;
        double ux = (bx - ax) / length, uy = (by - ay) / length;
        var head = Math.Min(Math.Max(10, lineWidth * 4), length);
        using var paint = new SKPaint { IsAntialias = true, Color = (Color with { A = Color.A * opacity }).ToSkia(), StrokeWidth = (float)lineWidth, Style = SKPaintStyle.Stroke };
        canvas.DrawLine((float)ax, (float)ay, (float)(bx - ux * head * 0.9), (float)(by - uy * head * 0.9), paint);
        ArrowElement.DrawHead(canvas, paint, bx, by, ux, uy, head, head * 0.5);
    }
}
