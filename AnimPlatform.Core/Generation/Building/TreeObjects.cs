using System.Text.Json.Nodes;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Generation.Building;

/// <summary>One node of a tree object (spec §7.2): its id, label and where it hangs (null parent for the root).</summary>
public sealed record TreeNodeSpec(string Id, string Label, string? Parent = null, string? Side = null);

/// <summary>
/// Tree objects for generators: the object JSON (nodes listed root first, parents before children), the
/// reset of node colours, and the positions the renderer will give the nodes (so move-node can send a
/// node exactly where a re-linked tree will draw it).
/// </summary>
public static class TreeObjects
{
    /// <summary>The renderer's defaults (tree kind styles nodeRadius and siblingSpacing).</summary>
    public const double Radius = 30, SiblingSpacing = 60;

    /// <summary>A tree object with its root at (x, y); an empty node list gives no object (a tree needs a root).</summary>
    public static JsonObject Build(string id, double x, double y, IReadOnlyList<TreeNodeSpec> nodes, double levelSpacing, JsonObject? style = null,
        TreeFit? fit = null)
    {
        if (nodes.Count == 0) throw new ArgumentException("a tree object needs at least its root", nameof(nodes));
        var st = style?.DeepClone().AsObject() ?? new JsonObject();
        st["levelSpacing"] = Math.Round(levelSpacing, 1);
        if (fit is not null)
        {
            st["siblingSpacing"] = fit.SiblingSpacing;
            st["nodeRadius"] = fit.Radius;
            st["labelFont"] = $"{fit.LabelSize}px";
        }
        return new JsonObject
        {
            ["id"] = id,
            ["type"] = "tree",
            ["root"] = nodes[0].Id,
            ["position"] = SceneBuilder.Pos(x, y),
            ["nodes"] = new JsonArray(nodes.Select(n =>
            {
                var o = new JsonObject { ["id"] = n.Id, ["label"] = n.Label };
                if (n.Parent is not null)
                {
                    o["parent"] = n.Parent;
                    o["side"] = n.Side;
                }
                return (JsonNode?)o;
            }).ToArray()),
            ["style"] = st,
        };
    }

    /// <summary>Back to the resting fill and outline, together (nothing when there are no nodes).</summary>
    public static SceneBuilder Reset(SceneBuilder s, string treeId, IEnumerable<string> nodeIds, double d = 0.3) =>
        s.Together(nodeIds.Distinct().Select(n => Act.NodeStyle(treeId, n, Theme.BaseFill, Theme.BaseStroke, 3, d)));

    /// <summary>Positions relative to the root, exactly as the renderer lays the tree out (default radius and spacing).</summary>
    public static Dictionary<string, (double X, double Y)> Layout(IReadOnlyList<TreeNodeSpec> nodes, double levelSpacing, TreeFit? fit = null)
    {
        if (nodes.Count == 0) return [];
        var children = nodes.ToDictionary(n => n.Id, _ => new TreeLayout.Children());
        foreach (var n in nodes.Where(n => n.Parent is not null))
        {
            var c = children[n.Parent!];
            if (n.Side == "left") c.Left = n.Id;
            else c.Right = n.Id;
        }
        return TreeLayout.Compute(nodes[0].Id, children, levelSpacing, fit?.SiblingSpacing ?? SiblingSpacing, fit?.Radius ?? Radius);
    }

    /// <summary>
    /// The widest sibling spacing (at most <paramref name="maxSpacing"/>) at which every version of a tree, root at the
    /// same point, fits between <paramref name="left"/> and <paramref name="right"/>, and the root x that centres them:
    /// the tree fills the space it has instead of a third of the frame.
    /// </summary>
    public static TreeFit Fit(IEnumerable<IReadOnlyList<TreeNodeSpec>> versions, double levelSpacing, double left, double right,
        double radius = 34, int labelSize = 24, double maxSpacing = 140)
    {
        var list = versions.Where(v => v.Count > 0).ToList();
        for (var spacing = maxSpacing; ; spacing -= 4)
        {
            var fit = new TreeFit(Math.Max(8, spacing), radius, labelSize, 0);
            var extents = list.Select(v => Extent(v, levelSpacing, fit)).ToList();
            var l = extents.Select(e => e.Left).DefaultIfEmpty(0).Min();
            var r = extents.Select(e => e.Right).DefaultIfEmpty(0).Max();
            if (r - l + 2 * radius + 8 <= right - left || spacing <= 8)
                return fit with { RootX = Math.Round((left + right) / 2 - (l + r) / 2, 1) };
        }
    }

    /// <summary>The leftmost and rightmost node centres relative to the root (for fitting a tree on the canvas).</summary>
    public static (double Left, double Right) Extent(IReadOnlyList<TreeNodeSpec> nodes, double levelSpacing, TreeFit? fit = null)
    {
        var p = Layout(nodes, levelSpacing, fit);
        return p.Count == 0 ? (0, 0) : (p.Values.Min(v => v.X), p.Values.Max(v => v.X));
    }
}

/// <summary>How a tree is drawn to fill its area: leaf spacing, node radius, label size and the root's x (see <see cref="TreeObjects.Fit"/>).</summary>
public sealed record TreeFit(double SiblingSpacing, double Radius, int LabelSize, double RootX);
