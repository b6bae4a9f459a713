using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>
/// A rows × cols table (DP tables, adjacency matrices, boards) centred on its position, with optional row
/// headers at the left and column headers on top. Cells are addressed [row, col], 0-based.
/// </summary>
public sealed class GridRuntime : ObjectRuntime, Pointers.IPointerHost
{
    public sealed record Cell(GroupElement Group, RoundRectElement Body, TextElement Value);

    public int Rows { get; }
    public int Cols { get; }
    public double CellWidth { get; }
    public double CellHeight { get; }
    public Rgba Fill { get; }
    public Rgba Border { get; }
    public Rgba TextColor { get; }
    public Cell[,] Cells { get; }

    /// <summary>No textColor in the style: values turn black or white with their cell's fill.</summary>
    public bool AutoText { get; }
    public GroupElement Arrows { get; }

    public GridRuntime(KindDefinition def, CanvasSpec canvas)
        : base(def.Id, def.Type, new GroupElement(def.Position.X - canvas.Width / 2, def.Position.Y - canvas.Height / 2, 0))
    {
        var style = new StyleReader(def.Style);
        var src = def.Source;
        Rows = Math.Clamp((int)(src["rows"].AsNumber() ?? 1), 1, 100);
        Cols = Math.Clamp((int)(src["cols"].AsNumber() ?? 1), 1, 100);
        CellWidth = style.Number("cellWidth", 60);
        CellHeight = style.Number("cellHeight", 44);
        Fill = style.Color("fillColor", "#2a2a4a");
        Border = style.Color("borderColor", "#5a5a8a");
        AutoText = style.Text("textColor") is null;
        TextColor = AutoLabel.Initial(!AutoText, style.Color("textColor", "#ffffff"), Fill);
        var fontSize = style.Number("fontSize", 18);
        var header = style.Color("headerColor", "#aaaacc");
        Cells = new Cell[Rows, Cols];
        var values = src["values"] as JsonArray;
        for (var r = 0; r < Rows; r++)
        for (var c = 0; c < Cols; c++)
        {
            var value = (values?.ElementAtOrDefault(r) as JsonArray)?.ElementAtOrDefault(c).ScalarText() ?? "";
            var (x, y) = CellCentre(r, c);
            var group = Root.Add(new GroupElement(x, y));
            var body = group.Add(new RoundRectElement(CellWidth, CellHeight, 4, Fill, Border, 2));
            var text = group.Add(new TextElement(value, TextColor, fontSize, true, "monospace", "left") { FitRoom = _ => CellWidth - 4 });
            Cells[r, c] = new Cell(group, body, text);
        }
        if (src["colHeaders"] is JsonArray colHeaders)
            for (var c = 0; c < Math.Min(Cols, colHeaders.Count); c++)
            {
                var (x, y) = CellCentre(0, c);
                Root.Add(new GroupElement(x, y - CellHeight * 0.5 - fontSize)).Add(new TextElement(colHeaders[c].ScalarText() ?? "", header, fontSize * 0.9, false, "monospace", "left"));
            }
        if (src["rowHeaders"] is JsonArray rowHeaders)
            for (var r = 0; r < Math.Min(Rows, rowHeaders.Count); r++)
            {
                var (x, y) = CellCentre(r, 0);
                Root.Add(new GroupElement(x - CellWidth * 0.5 - fontSize * 1.2, y)).Add(new TextElement(rowHeaders[r].ScalarText() ?? "", header, fontSize * 0.9, false, "monospace", "left"));
            }
        Arrows = Root.Add(new GroupElement());
    }

    /// <summary>Local centre of cell [r, c]; the grid is centred on the root.</summary>
    public (double X, double Y) CellCentre(int r, int c) =>
        (-(Cols * CellWidth) / 2 + CellWidth / 2 + c * CellWidth, -(Rows * CellHeight) / 2 + CellHeight / 2 + r * CellHeight);

    public bool TryCell(JsonNode? node, out int row, out int col)
    {
        row = col = -1;
        if (node is not JsonArray { Count: 2 } pair) return false;
        var r = Manifest.Vocabulary.FieldChecks.Numeric(pair[0]);
        var c = Manifest.Vocabulary.FieldChecks.Numeric(pair[1]);
        if (r is not { } rv || c is not { } cv || rv != Math.Floor(rv) || cv != Math.Floor(cv)) return false;
        row = (int)rv;
        col = (int)cv;
        return row >= 0 && row < Rows && col >= 0 && col < Cols;
    }

    public Pointers.PointerAnchor? Anchor(JsonNode? place, Pointers.PointerSide side, out string? problem)
    {
        problem = null;
        if (!TryCell(place, out var r, out var c))
        {
            problem = $"at must be a cell [row, col] of this {Rows}×{Cols} grid, not {place?.ToJsonString() ?? "nothing"}";
            return null;
        }
        var (x, y) = CellCentre(r, c);
        var (sx, sy) = Pointers.PointerSides.Signs(side);
        return new Pointers.FixedAnchor($"{Id}#{r},{c}", Root, x + sx * (CellWidth / 2 + 1), y + sy * (CellHeight / 2 + 1));
    }
}
