using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Core.Rendering.Layers;

/// <summary>
/// When an element's picture may change, for cached layers: its own tracks, birth and removal, plus what it
/// reads from other elements (a bound edge follows its nodes, a weight pill its edge). A type not listed here
/// is taken to read anything: it counts as changing whenever anything in the show changes, so a new kind is
/// always drawn right — it is only not cached until it is listed.
/// </summary>
internal sealed class ElementChanges(SpanSet show)
{
    private readonly Dictionary<Element, SpanSet> _own = new(ReferenceEqualityComparer.Instance);

    /// <summary>True when <paramref name="e"/>'s picture, under ancestors that do not change, may differ anywhere in [a, b].</summary>
    public bool Changes(Element e, double a, double b) => e switch
    {
        GroupElement g => Own(g).Intersects(a, b) || g.Children.Any(c => Changes(c, a, b)),
        LineElement l => Own(l).Intersects(a, b) || (l.FromNode is { } from && Own(from).Intersects(a, b))
                         || (l.ToNode is { } to && Own(to).Intersects(a, b)),
        EdgeLabelElement w => Own(w).Intersects(a, b) || Changes(w.Edge, a, b),
        CircleElement or TextElement or BoxElement or RoundRectElement or ArrowElement or CodeLineElement or SubtitleElement
            => Own(e).Intersects(a, b),
        _ => show.Intersects(a, b),
    };

    private readonly Dictionary<GroupElement, SpanSet> _contents = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// When anything a group's children draw may change (the union of <see cref="Changes"/> over them, the group's
    /// own transform and opacity left out): outside these spans the children's picture is one and the same.
    /// </summary>
    public SpanSet Contents(GroupElement g)
    {
        if (_contents.TryGetValue(g, out var spans)) return spans;
        var all = new List<(double, double)>();
        var readsAnything = false;
        void Collect(Element e)
        {
            switch (e)
            {
                case GroupElement inner:
                    all.AddRange(Own(inner).Spans);
                    foreach (var child in inner.Children) Collect(child);
                    break;
                case LineElement l:
                    all.AddRange(Own(l).Spans);
                    if (l.FromNode is { } from) all.AddRange(Own(from).Spans);
                    if (l.ToNode is { } to) all.AddRange(Own(to).Spans);
                    break;
                case EdgeLabelElement w:
                    all.AddRange(Own(w).Spans);
                    Collect(w.Edge);
                    break;
                case CircleElement or TextElement or BoxElement or RoundRectElement or ArrowElement or CodeLineElement or SubtitleElement:
                    all.AddRange(Own(e).Spans);
                    break;
                default:
                    readsAnything = true;
                    break;
            }
        }
        foreach (var child in g.Children) Collect(child);
        spans = readsAnything ? show : new SpanSet(all);
        _contents[g] = spans;
        return spans;
    }

    /// <summary>The element's own change spans; a group's exclude its children (translation, scale, opacity, lifetime only).</summary>
    public SpanSet Own(Element e)
    {
        if (_own.TryGetValue(e, out var spans)) return spans;
        var collector = new ChangeCollector();
        if (e is GroupElement)
        {
            collector.AddInstant(e.Born);
            collector.AddInstant(e.Removed);
            foreach (var track in e.AnimatedTracks) collector.Add(track);
        }
        else
        {
            e.CollectChanges(collector);
        }
        spans = collector.Spans.Count == 0 ? SpanSet.Empty : new SpanSet(collector.Spans);
        _own[e] = spans;
        return spans;
    }
}
