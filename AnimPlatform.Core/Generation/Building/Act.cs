using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Generation.Building;

/// <summary>Factory for timeline actions (spec §9) as JSON objects; colours may be <c>$palette</c> refs.</summary>
public static class Act
{
    private static JsonObject Make(string action, string? target, double? duration)
    {
        var o = new JsonObject { ["action"] = action };
        if (target is not null) o["target"] = target;
        if (duration is { } d) o["duration"] = Fmt.Seconds(d);
        return o;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    public static JsonObject FadeIn(string target, double d = 0.5) => Make("fade-in", target, d);
    public static JsonObject FadeOut(string target, double d = 0.5) => Make("fade-out", target, d);
    public static JsonObject Pause(double d) => Make("pause", null, d);

    public static JsonObject SetText(string target, string value, double? d = null)
    {
        var o = Make("set-text", target, d);
        o["value"] = value;
        return o;
    }

    public static JsonObject MoveTo(string target, double x, double y, double d = 0.6)
    {
        var o = Make("move-to", target, d);
        o["position"] = new JsonObject { ["x"] = Math.Round(x, 2), ["y"] = Math.Round(y, 2) };
        return o;
    }

    public static JsonObject HighlightNode(string target, string node, string color, double d = 0.4)
    {
        var o = Make("highlight-node", target, d);
        o["node"] = node;
        o["color"] = color;
        return o;
    }

    public static JsonObject HighlightEdge(string target, string from, string to, string color, double d = 0.4)
    {
        var o = Make("highlight-edge", target, d);
        o["edge"] = new JsonArray(from, to);
        o["color"] = color;
        return o;
    }

    /// <summary>set-style on one graph/tree node: fill, outline colour and outline width.</summary>
    public static JsonObject NodeStyle(string target, string node, string fill, string stroke, double lineWidth = 3, double d = 0.3)
    {
        var o = Make("set-style", target, d);
        o["node"] = node;
        o["style"] = new JsonObject { ["nodeColor"] = fill, ["nodeStroke"] = stroke, ["lineWidth"] = lineWidth };
        return o;
    }

    public static JsonObject TextColor(string target, string color, double d = 0.3)
    {
        var o = Make("set-style", target, d);
        o["style"] = new JsonObject { ["color"] = color };
        return o;
    }

    public static JsonObject InitCells(string target, IEnumerable<string> values, double d = 1)
    {
        var o = Make("init-cells", target, d);
        o["values"] = Strings(values);
        return o;
    }

    public static JsonObject Push(string target, IEnumerable<string> values, double d = 0.5)
    {
        var o = Make("push", target, d);
        o["values"] = Strings(values);
        return o;
    }

    public static JsonObject Enqueue(string target, IEnumerable<string> values, double d = 0.5)
    {
        var o = Make("enqueue", target, d);
        o["values"] = Strings(values);
        return o;
    }

    public static JsonObject Pop(string target, double d = 0.6) => Make("pop", target, d);
    public static JsonObject Dequeue(string target, double d = 0.6) => Make("dequeue", target, d);

    public static JsonObject SetCell(string target, int index, string value, double d = 0.5)
    {
        var o = Make("set-cell", target, d);
        o["index"] = index;
        o["value"] = value;
        return o;
    }

    public static JsonObject HighlightCell(string target, int index, string color, double d = 0.4)
    {
        var o = Make("highlight-cell", target, d);
        o["index"] = index;
        o["color"] = color;
        return o;
    }

    public static JsonObject SwapCells(string target, int i, int j, double d = 0.9)
    {
        var o = Make("swap-cells", target, d);
        o["indices"] = new JsonArray(i, j);
        return o;
    }

    public static JsonObject InsertNode(string target, string node, string parent, string side, string label, double d = 0.9)
    {
        var o = Make("insert-node", target, d);
        o["node"] = node;
        o["parent"] = parent;
        o["side"] = side;
        o["label"] = label;
        return o;
    }

    public static JsonObject DeleteNode(string target, string node, double d = 0.9)
    {
        var o = Make("delete-node", target, d);
        o["node"] = node;
        return o;
    }

    /// <summary>move-node: the node (circle, label, the ends of its edges) slides to the canvas point (x, y).</summary>
    public static JsonObject MoveNode(string target, string node, double x, double y, double d = 0.9)
    {
        var o = Make("move-node", target, d);
        o["node"] = node;
        o["position"] = SceneBuilder.Pos(x, y);
        return o;
    }
}
