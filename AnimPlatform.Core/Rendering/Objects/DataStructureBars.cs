using System.Globalization;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Pointers;

namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>
/// The bars view of a data-structure (extension): each value is a bar standing on a baseline, its height
/// proportional to the value (the largest value so far, or style maxValue, is barHeight tall), with the
/// value under the bar and the index under the value. The bars area is centred on the position.
/// </summary>
public sealed partial class DataStructureRuntime
{
    private double _maxValue;
    private readonly bool _fixedScale;
    private readonly Colors.Rgba _barTextColor;

    public bool Bars { get; }

    /// <summary>Height of the bar of the largest value.</summary>
    public double BarHeight { get; }

    /// <summary>Where cell groups rest: the row's centre line for cells, the baseline for bars.</summary>
    public double RestY => Bars ? BarHeight / 2 : 0;

    /// <summary>The centre line of a bar's value under the baseline (16 px under it; with style valueSize, just clear of it).</summary>
    private double BarValueY => _valueSize > 0 ? 4 + _valueSize * 0.6 : 16;

    /// <summary>How far swap-cells lifts one cell and drops the other (bars cross on the baseline).</summary>
    public double SwapLift => Bars ? 0 : Vertical ? CellWidth + 20 : CellHeight + 20;

    public static double ParseNumber(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : 0;

    /// <summary>The bar height of a value at the current scale (at least 2 px, so a 0 still shows).</summary>
    public double BarHeightOf(double value) => Math.Max(2, Math.Clamp(value / (_maxValue > 0 ? _maxValue : 1), 0, 1) * BarHeight);

    private Cell CreateBar(string value, double x, double scale, double time)
    {
        var number = ParseNumber(value);
        var h = BarHeightOf(number);
        var width = CellWidth;
        var group = Row.Add(new GroupElement(x, RestY, 1, scale) { Born = time });
        var bar = group.Add(new BoxElement(-width / 2, -h, width, h, 4, _fill, _border, 2));
        var text = group.Add(new GroupElement(0, BarValueY)).Add(new TextElement(value, _barTextColor, ValueSize, true, "monospace", "left"));
        return new Cell(group, bar, text) { Number = number };
    }

    /// <summary>Bars view, init-cells: the scale starts again from the new values.</summary>
    public void ResetScale()
    {
        if (!_fixedScale) _maxValue = 0;
    }

    /// <summary>Bars view: a larger value than any so far rescales the bars already drawn (over the given span).</summary>
    public void FitScale(IEnumerable<string> values, double start, double duration, Func<double, double> ease)
    {
        if (!Bars || _fixedScale) return;
        var max = values.Select(ParseNumber).DefaultIfEmpty(0).Max();
        if (max <= _maxValue) return;
        _maxValue = max;
        foreach (var cell in Cells) AnimateBar(cell, start, duration, ease);
    }

    /// <summary>Bars view: the bar grows or shrinks to its cell's <see cref="Cell.Number"/>.</summary>
    public void AnimateBar(Cell cell, double start, double duration, Func<double, double> ease)
    {
        if (cell.Bar is not { } bar) return;
        var h = BarHeightOf(cell.Number);
        bar.Height.Animate(start, duration, h, ease);
        bar.Y.Animate(start, duration, -h, ease);
    }

    private (double X, double Y) BarEdge(double x, PointerSide side) => side switch
    {
        _ when PointerSides.IsCorner(side) => PointerSides.Corner(side, edge => BarEdge(x, edge)),
        PointerSide.Above => (x, -BarHeight / 2 - 2),
        PointerSide.Left => (x - CellWidth / 2 - 2, RestY - BarHeight / 4),
        PointerSide.Right => (x + CellWidth / 2 + 2, RestY - BarHeight / 4),
        _ => (x, BelowY),
    };
}
