using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Core.Rendering.Layers;

/// <summary>One drawable unit of a flattened scene: an element drawn under its ancestor groups' transforms.</summary>
internal readonly record struct LayerItem(Element Element, GroupElement[] Ancestors, bool Changes);

/// <summary>
/// The scene flattened, in drawing order, for a window of time [Start, End]: groups that neither change nor
/// composite through a layer there are opened up into their children, so one highlighted node of a large graph is
/// one changing item among thousands of static ones. A group that changes, or is translucent (its children
/// blend together through a layer), stays one item; a group that shows nothing throughout is left out.
/// </summary>
internal sealed class LayerPlan
{
    private LayerPlan(double start, double end, List<LayerItem> items)
    {
        Start = start;
        End = end;
        Items = items;
        ChangingCount = items.Count(i => i.Changes);
    }

    public double Start { get; }
    public double End { get; }
    public IReadOnlyList<LayerItem> Items { get; }
    public int ChangingCount { get; }

    public static LayerPlan For(IEnumerable<Element> roots, ElementChanges changes, double start, double end)
    {
        var items = new List<LayerItem>();
        foreach (var root in roots) Flatten(root, [], changes, start, end, items);
        return new LayerPlan(start, end, items);
    }

    private static void Flatten(Element e, GroupElement[] ancestors, ElementChanges changes, double a, double b, List<LayerItem> items)
    {
        if (e is GroupElement g && !changes.Own(g).Intersects(a, b))
        {
            // Constant over the window, so its state at a holds throughout.
            if (!g.AliveAt(a) || g.Scale.At(a) == 0 || Math.Clamp(g.Opacity.At(a), 0, 1) <= 0) return;
            if (Math.Clamp(g.Opacity.At(a), 0, 1) == 1)
            {
                GroupElement[] inner = [.. ancestors, g];
                foreach (var child in g.Children) Flatten(child, inner, changes, a, b, items);
                return;
            }
        }
        items.Add(new LayerItem(e, ancestors, changes.Changes(e, a, b)));
    }
}
