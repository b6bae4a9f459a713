using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Generation.Building;

/// <summary>
/// A single circle that can appear, move and disappear on its own: a one-node graph object. A graph's
/// move-to shifts it relative to where it was defined (spec §9.3), so the sprite remembers its origin.
/// </summary>
public sealed class NodeSprite
{
    public const string NodeId = "n";

    private NodeSprite(string id, double x, double y)
    {
        Id = id;
        OriginX = X = x;
        OriginY = Y = y;
    }

    public string Id { get; }
    public double OriginX { get; }
    public double OriginY { get; }
    public double X { get; private set; }
    public double Y { get; private set; }

    public static NodeSprite Add(SceneBuilder s, string id, string label, double x, double y, double radius = 38)
    {
        s.Add(new JsonObject
        {
            ["id"] = id,
            ["type"] = "graph",
            ["nodes"] = new JsonArray(new JsonObject { ["id"] = NodeId, ["label"] = label, ["x"] = Math.Round(x, 1), ["y"] = Math.Round(y, 1) }),
            ["edges"] = new JsonArray(),
            ["style"] = new JsonObject { ["nodeRadius"] = radius },
        });
        return new NodeSprite(id, x, y);
    }

    public JsonObject MoveTo(double x, double y, double d = 0.6)
    {
        X = x;
        Y = y;
        return Act.MoveTo(Id, Theme.CenterX + (x - OriginX), Theme.CenterY + (y - OriginY), d);
    }

    public JsonObject Highlight(string color, double d = 0.3) => Act.HighlightNode(Id, NodeId, color, d);

    public JsonObject Reset(double d = 0.3) => Act.NodeStyle(Id, NodeId, Theme.BaseFill, Theme.BaseStroke, 3, d);
}

/// <summary>A text that moves by its centre (move-to on a text object is absolute, spec §9.3).</summary>
public sealed class TextSprite
{
    private TextSprite(string id, double x, double y)
    {
        Id = id;
        X = x;
        Y = y;
    }

    public string Id { get; }
    public double X { get; private set; }
    public double Y { get; private set; }

    public static TextSprite Add(SceneBuilder s, string id, string content, double x, double y, string font, string color)
    {
        s.Text(id, x, y, font, color, content);
        return new TextSprite(id, x, y);
    }

    public JsonObject MoveTo(double x, double y, double d = 0.6)
    {
        X = x;
        Y = y;
        return Act.MoveTo(Id, x, y, d);
    }
}
