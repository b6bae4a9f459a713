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
    public bool Changes(Element e, double a, double b) => e is GroupElement g
        ? Own(g).Intersects(a, b) || g.Children.Any(c => Changes(c, a, b))
        : Sources(e) is { } sources ? sources.Any(s => Own(s).Intersects(a, b)) : show.Intersects(a, b);

    /// <summary>
    /// The elements whose own change spans decide when <paramref name="e"/>'s picture changes: itself and what it reads
    /// (a bound edge its nodes, a weight pill its edge). Null for a type not listed: it may read anything.
    /// </summary>
    private static IEnumerable<Element>? Sources(Element e) => e switch
    {
        LineElement l => new Element?[] { l, l.FromNode, l.ToNode }.OfType<Element>(),
        EdgeLabelElement w => Sources(w.Edge)!.Prepend(w),
        CircleElement or TextElement or BoxElement or RoundRectElement or ArrowElement or CodeLineElement or SubtitleElement => [e],
        _ => null,
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
        // False as soon as an element may read anything: then the group changes whenever the show does.
        bool Collect(Element e)
        {
            if (e is GroupElement inner)
            {
                all.AddRange(Own(inner).Spans);
                return inner.Children.All(Collect);
            }
            if (Sources(e) is not { } sources) return false;
            foreach (var source in sources) all.AddRange(Own(source).Spans);
            return true;
        }
        spans = g.Children.All(Collect) ? new SpanSet(all) : show;
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
