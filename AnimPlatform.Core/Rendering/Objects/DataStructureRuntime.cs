using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Colors;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Pointers;

namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>
/// Spec §7.3: one horizontal row of cells centred on the position, a caption above, index labels below
/// (arrays); or (extension) a stack standing as a column on a floor line, its bottom cell on the position. <see cref="Cells"/> is the live row order while the timeline compiles.
/// </summary>
public sealed partial class DataStructureRuntime : ObjectRuntime, IPointerHost
{
    /// <summary>A cell: its group (slot position), body (a rounded cell or a value bar) and value text.</summary>
    public sealed record Cell(GroupElement Group, IFilledShape Body, TextElement Value)
    {
        /// <summary>The bar of the bars view (null for cells).</summary>
        public BoxElement? Bar => Body as BoxElement;

        /// <summary>The value as a number for the bar height (live while the timeline compiles; 0 when not numeric).</summary>
        public double Number { get; set; }

        /// <summary>A linked list's next pointer from this node's box (null without arrows).</summary>
        public LinkArrowElement? Link { get; set; }
    }

    public string Variant { get; }
    public double CellWidth { get; }
    public double CellHeight { get; }
    public double Gap { get; }
    private readonly Rgba _fill, _border, _textColor;
    public GroupElement Row { get; }
    public GroupElement IndexLabels { get; }
    public List<Cell> Cells { get; } = [];
    private readonly List<GroupElement> _labels = [];

    public DataStructureRuntime(DataStructureDefinition def, CanvasSpec canvas)
        : base(def.Id, def.Type, new GroupElement(def.Position.X - canvas.Width / 2, def.Position.Y - canvas.Height / 2, 0))
    {
        var style = new StyleReader(def.Style);
        Variant = def.Variant;
        CellWidth = style.Number("cellWidth", 60);
        CellHeight = style.Number("cellHeight", 40);
        Links = def.Variant == "linked-list" && def.Arrows && def.View != "bars";
        Gap = style.NumberOrZero("gap", Links ? 40 : 4);
        _linkColor = style.Color("arrowColor", "#c8c8e0");
        _fill = style.Color("fillColor", "#2a2a4a");
        _border = style.Color("borderColor", "#5a5a8a");
        AutoText = style.Text("textColor") is null;
        _textColor = AutoLabel.Initial(!AutoText, style.Color("textColor", "#ffffff"), _fill);

        Bars = def.View == "bars";
        Vertical = def.Orientation == "vertical" && Variant == "stack" && !Bars;
        ColorParser.TryParse(canvas.Background, out var background);
        _barTextColor = AutoText ? Contrast.ReadableOn(background with { A = 1 }) : _textColor;
        BarHeight = style.Number("barHeight", 200);
        _maxValue = style.Number("maxValue", 0);
        _fixedScale = _maxValue > 0;

        AddCaption(def.Caption ?? (Variant.Length == 0 ? Variant : char.ToUpperInvariant(Variant[0]) + Variant[1..]), style);
        if (Vertical)
        {
            // The stack's floor: a line under the bottom cell.
            var floor = CellHeight / 2 + 5;
            Root.Add(new LineElement(_border, 3, -CellWidth / 2 - 10, floor, CellWidth / 2 + 10, floor));
        }
        Row = Root.Add(new GroupElement());
        _indexSize = style.Number("indexSize", 0);
        _valueSize = style.Number("valueSize", 0);
        IndexLabels = Root.Add(new GroupElement(0, IndexLabelsY));
    }

    /// <summary>The caption above the row (spec §7.3: the variant name at 14 px); style captionSize also moves it clear of the cells.</summary>
    private void AddCaption(string caption, StyleReader style)
    {
        if (caption.Length == 0) return;
        var size = style.Number("captionSize", 0);
        var half = size * 0.6; // half a line (the renderer's line height is 1.2 × the font)
        var y = size <= 0
            ? Vertical ? CellHeight / 2 + 22 : Bars ? -BarHeight / 2 - 24 : -40
            : Vertical ? CellHeight / 2 + 12 + half : Bars ? -BarHeight / 2 - 8 - half : -CellHeight / 2 - 6 - half;
        ColorParser.TryParse("#aaaacc", out var captionColor);
        Root.Add(new GroupElement(0, y)).Add(new TextElement(caption, captionColor, size > 0 ? size : 14, false, "monospace", Vertical ? "center" : "left"));
    }

    /// <summary>Style indexSize (0: the spec's 11 px, 14 px under bars, at their fixed offsets).</summary>
    private readonly double _indexSize;

    /// <summary>Style valueSize (0: the spec's 16 px bold values).</summary>
    private readonly double _valueSize;

    private double ValueSize => _valueSize > 0 ? _valueSize : 16;

    /// <summary>The centre line of the index labels.</summary>
    private double IndexLabelsY => _indexSize <= 0
        ? Bars ? RestY + 40 : CellHeight / 2 + 16
        : (Bars ? RestY + BarValueY + ValueSize * 0.6 + 2 : CellHeight / 2 + 4) + _indexSize * 0.6;

    /// <summary>Where a pointer below slot points (under the index labels of an array).</summary>
    private double BelowY => _indexSize > 0 && HasIndexLabels
        ? IndexLabelsY + _indexSize * 0.6 + 2
        : Bars ? RestY + 50 : CellHeight / 2 + (HasIndexLabels ? 24 : 2);

    public bool HasIndexLabels => Variant == "array";

    /// <summary>No textColor in the style: values on cells turn black or white with the cell's fill (not bars: their values are under them).</summary>
    public bool AutoText { get; }

    /// <summary>
    /// The number of slots the row is laid out for, animated like the cells (CellX is linear in the count,
    /// so slot positions between two layouts follow the sliding cells exactly). Pointers read it.
    /// </summary>
    public Track<double> SlotCount { get; } = Interpolators.NumberTrack(0);

    public double CellX(double i, double count) => -(count * CellWidth + (count - 1) * Gap) / 2 + CellWidth / 2 + i * (CellWidth + Gap);

    /// <summary>A stack standing vertically (orientation: vertical): slot 0 at the bottom (the position), the top slot at the top.</summary>
    public bool Vertical { get; }

    /// <summary>Slot <paramref name="i"/> of <paramref name="count"/> along the row's axis: x of a row (re-centred), y of a column (from the bottom up).</summary>
    public double SlotAlong(double i, double count) => Vertical ? -i * (CellHeight + Gap) : CellX(i, count);

    /// <summary>The cell's track along the row's axis (x for a row, y for a column).</summary>
    public Track<double> Along(Cell cell) => Vertical ? cell.Group.Y : cell.Group.X;

    /// <summary>The cell's track across the row's axis (what swap-cells lifts).</summary>
    public Track<double> Across(Cell cell) => Vertical ? cell.Group.X : cell.Group.Y;

    /// <summary>Where cells rest across the axis.</summary>
    public double AcrossRest => Vertical ? 0 : RestY;

    /// <summary>How far above its slot a pushed cell starts in a column (and a popped one leaves to).</summary>
    public double DropHeight => 1.5 * (CellHeight + Gap);

    /// <summary>Creates a cell at <paramref name="along"/> on the row's axis, born at <paramref name="time"/>, with the given initial scale.</summary>
    public Cell CreateCell(string value, double along, double scale, double time)
    {
        if (Bars) return CreateBar(value, along, scale, time);
        var group = Row.Add(Vertical ? new GroupElement(0, along, 1, scale) { Born = time } : new GroupElement(along, 0, 1, scale) { Born = time });
        var body = group.Add(new RoundRectElement(CellWidth, CellHeight, 6, _fill, _border, 2));
        var text = group.Add(new TextElement(value, _textColor, ValueSize, true, "monospace", "left") { FitRoom = _ => CellWidth - 4 });
        var cell = new Cell(group, body, text);
        if (Links) cell.Link = Row.Add(new LinkArrowElement(group, CellWidth, CellHeight, _linkColor, 3) { Born = time });
        return cell;
    }

    /// <summary>Replaces the index labels at <paramref name="time"/> with ones for the current cell count (arrays only).</summary>
    public void RefreshIndexLabels(double time)
    {
        if (!HasIndexLabels) return;
        foreach (var label in _labels) label.Removed = Math.Min(label.Removed, time);
        _labels.Clear();
        ColorParser.TryParse(Bars ? "#9a9ab0" : "#888899", out var color);
        for (var i = 0; i < Cells.Count; i++)
        {
            var holder = IndexLabels.Add(new GroupElement(CellX(i, Cells.Count), 0) { Born = time });
            holder.Add(new TextElement(Bars ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"[{i}]", color, _indexSize > 0 ? _indexSize : Bars ? 14 : 11, false, "monospace", "left"));
            _labels.Add(holder);
        }
    }

    public PointerAnchor? Anchor(JsonNode? place, PointerSide side, out string? problem)
    {
        problem = null;
        if (Actions.CellValues.Index(place) is not { } index || index < 0)
        {
            problem = $"at must be a cell index ≥ 0 of \"{Id}\", not {place?.ToJsonString() ?? "nothing"}";
            return null;
        }
        return new ComputedAnchor($"{Id}#{index}", Root, t => SlotEdge(index, side, t), [SlotCount]);
    }

    /// <summary>The point of slot <paramref name="index"/>'s outline on <paramref name="side"/> (below: under the index label).</summary>
    public (double X, double Y) SlotEdge(int index, PointerSide side, double t)
    {
        if (PointerSides.IsCorner(side)) return PointerSides.Corner(side, edge => SlotEdge(index, edge, t));
        if (Vertical)
        {
            var y = SlotAlong(index, 0);
            return side switch
            {
                PointerSide.Above => (0, y - CellHeight / 2 - 2),
                PointerSide.Left => (-CellWidth / 2 - 2, y),
                PointerSide.Below => (0, y + CellHeight / 2 + 2),
                _ => (CellWidth / 2 + 2, y),
            };
        }
        var x = CellX(index, SlotCount.At(t));
        if (Bars) return BarEdge(x, side);
        return side switch
        {
            PointerSide.Above => (x, -CellHeight / 2 - 2),
            PointerSide.Left => (x - CellWidth / 2 - 2, 0),
            PointerSide.Right => (x + CellWidth / 2 + 2, 0),
            _ => (x, BelowY),
        };
    }
}
