using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>
/// A watch panel of <c>name = value</c> rows centred on its position. Rows are fixed at definition time
/// (<c>vars</c>, in order); set-var changes a value and flashes its row.
/// </summary>
public sealed class VariablesRuntime : ObjectRuntime
{
    public sealed record Row(string Name, GroupElement ValueGroup, TextElement Value, BoxElement Flash, double ValueColumn, double CentreY);

    /// <summary>The value group's x for a value of <paramref name="length"/> characters: left-aligned at the value column.</summary>
    public double ValueX(Row row, int length) => row.ValueColumn + Elements.CodeLineElement.MonoWidth(length, FontSize) / 2;

    public double FontSize { get; }
    public double RowHeight => FontSize * 1.6;
    public Rgba FlashColor { get; }
    public Dictionary<string, Row> Rows { get; } = new(StringComparer.Ordinal);
    public BoxElement Panel { get; }
    private readonly double _padding;
    private double _width;

    /// <summary>Widens the panel (left edge fixed) at <paramref name="time"/> when a value of <paramref name="length"/> characters would not fit.</summary>
    public void FitValue(Row row, int length, double time)
    {
        var needed = row.ValueColumn + Elements.CodeLineElement.MonoWidth(length, FontSize) + _padding - Panel.X.Initial;
        if (needed <= _width) return;
        _width = needed;
        Panel.Width.Set(time, needed);
        foreach (var r in Rows.Values) r.Flash.Width.Set(time, needed - 8);
    }

    public VariablesRuntime(KindDefinition def, CanvasSpec canvas)
        : base(def.Id, def.Type, new GroupElement(def.Position.X - canvas.Width / 2, def.Position.Y - canvas.Height / 2, 0))
    {
        var style = new StyleReader(def.Style);
        FontSize = style.Number("fontSize", 20);
        FlashColor = style.Color("flashColor", "#f1c40f");
        var nameColor = style.Color("nameColor", "#aaaacc");
        var valueColor = style.Color("valueColor", "#ffffff");
        var vars = Entries(def.Source["vars"]);
        var nameWidth = Elements.CodeLineElement.MonoWidth(Math.Max(1, vars.Count == 0 ? 1 : vars.Max(v => v.Name.Length)), FontSize);
        var valueWidth = Elements.CodeLineElement.MonoWidth(Math.Max(6, vars.Count == 0 ? 6 : vars.Max(v => v.Value.Length) + 2), FontSize);
        var pad = FontSize * 0.6;
        var width = Math.Max(style.Number("width", 0), 2 * pad + nameWidth + Elements.CodeLineElement.MonoWidth(3, FontSize) + valueWidth);
        var height = Math.Max(1, vars.Count) * RowHeight + 2 * pad;
        _width = width;
        _padding = pad;
        Panel = Root.Add(new BoxElement(-width / 2, -height / 2, width, height, 10, style.Color("background", "#161628"), style.Color("borderColor", "#3a3a5a"), 2));
        var left = -width / 2 + pad;
        for (var i = 0; i < vars.Count; i++)
        {
            var y = -height / 2 + pad + (i + 0.5) * RowHeight;
            var flash = Root.Add(new BoxElement(-width / 2 + 4, y - RowHeight / 2, width - 8, RowHeight, 4, FlashColor with { A = 0.35 }, FlashColor, 0));
            flash.Opacity.Set(double.NegativeInfinity, 0);
            var (name, value) = vars[i];
            var label = $"{name} =";
            var labelWidth = Elements.CodeLineElement.MonoWidth(label.Length, FontSize);
            Root.Add(new GroupElement(left + nameWidth - labelWidth / 2 + Elements.CodeLineElement.MonoWidth(2, FontSize), y)).Add(new TextElement(label, nameColor, FontSize, false, "monospace", "left"));
            // Values are left-aligned after the '=': the value group sits at the value column, text centred on its own width.
            var column = left + nameWidth + Elements.CodeLineElement.MonoWidth(3, FontSize);
            var valueGroup = Root.Add(new GroupElement(column + Elements.CodeLineElement.MonoWidth(value.Length, FontSize) / 2, y));
            var text = valueGroup.Add(new TextElement(value, valueColor, FontSize, true, "monospace", "left"));
            Rows[name] = new Row(name, valueGroup, text, flash, column, y);
        }
    }

    /// <summary><c>vars</c>: a mapping name → value, or a list of {name, value}.</summary>
    public static List<(string Name, string Value)> Entries(JsonNode? vars) => vars switch
    {
        JsonObject map => map.Select(p => (p.Key, p.Value.ScalarText() ?? "")).ToList(),
        JsonArray list => list.OfType<JsonObject>().Where(o => o["name"].ScalarText() is { Length: > 0 })
            .Select(o => (o["name"].ScalarText()!, o["value"].ScalarText() ?? "")).ToList(),
        _ => [],
    };
}
