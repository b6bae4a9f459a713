using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Core.Rendering.Pointers;

/// <summary>
/// A place a pointer can be attached to: a point on the outline of an array cell, grid cell or node, on the
/// pointer's side. Evaluated every frame in the host's parent coordinates, so the pointer follows the host
/// when it moves (move-to, move-node, a row re-centring after enqueue).
/// </summary>
public abstract class PointerAnchor(string key, GroupElement hostRoot)
{
    /// <summary>Host id and place: pointers with the same key stack.</summary>
    public string Key { get; } = key;

    /// <summary>The attach point in the host root's coordinates at <paramref name="t"/>.</summary>
    protected abstract (double X, double Y) Local(double t);

    /// <summary>Tracks besides the host's own elements that move the place (static-span detection).</summary>
    public virtual IEnumerable<IAnimatedTrack> Tracks => [];

    public (double X, double Y) At(double t)
    {
        var (x, y) = Local(t);
        var scale = hostRoot.Scale.At(t);
        return (hostRoot.X.At(t) + x * scale, hostRoot.Y.At(t) + y * scale);
    }

    /// <summary>The host's opacity: a pointer fades with the object it points into.</summary>
    public double HostOpacity(double t) => Math.Clamp(hostRoot.Opacity.At(t), 0, 1);
}

/// <summary>A fixed point of the host (grid cells).</summary>
public sealed class FixedAnchor(string key, GroupElement hostRoot, double x, double y) : PointerAnchor(key, hostRoot)
{
    protected override (double X, double Y) Local(double t) => (x, y);
}

/// <summary>A node's outline: follows the node group (move-node, tree re-layouts).</summary>
public sealed class NodeAnchor(string key, GroupElement hostRoot, GroupElement node, double offsetX, double offsetY) : PointerAnchor(key, hostRoot)
{
    protected override (double X, double Y) Local(double t)
    {
        var (x, y) = node.PositionAt(t);
        return (x + offsetX, y + offsetY);
    }
}

/// <summary>A point computed by the host at each time (data-structure slots, which move as the row re-centres).</summary>
public sealed class ComputedAnchor(string key, GroupElement hostRoot, Func<double, (double X, double Y)> local, IAnimatedTrack[] tracks)
    : PointerAnchor(key, hostRoot)
{
    protected override (double X, double Y) Local(double t) => local(t);

    public override IEnumerable<IAnimatedTrack> Tracks => tracks;
}
