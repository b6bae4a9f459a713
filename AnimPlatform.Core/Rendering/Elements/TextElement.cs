using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Text;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>
/// A text centred on its group. Content changes either jump or morph (spec §9.4); while a morph runs the
/// box size tweens from the old to the new measured size, so <c>align</c> matters during the morph.
/// </summary>
public sealed class TextElement(string content, Rgba color, double fontSize, bool bold, string family, string align) : Element
{
    public Track<string> Content { get; } = Interpolators.TextTrack(content);
    public Track<Rgba> Color { get; } = Interpolators.ColorTrack(color);
    public Track<double> FontSize { get; } = Interpolators.NumberTrack(fontSize);
    public bool Bold { get; } = bold;
    public string Family { get; } = family;
    public string Align { get; } = align;

    /// <summary>Text maxWidth: lines are word-wrapped to at most this many pixels (a single longer word keeps its own line).</summary>
    public double? MaxWidth { get; init; }

    /// <summary>
    /// A label on a shape: the width available for a block of the given height (a circle's chord, a cell's
    /// inner width). A label wider than that is drawn smaller, down to <see cref="MinFitSize"/>.
    /// </summary>
    public Func<double, double>? FitRoom { get; init; }

    /// <summary>A label shrinks to at most this fraction of its size, and never below <see cref="MinFitSize"/> px (see <see cref="FitRoom"/>).</summary>
    public const double MinFitRatio = 0.6;

    public const double MinFitSize = 12;

    /// <summary>What is drawn for <paramref name="content"/> at <paramref name="size"/>: wrapped to <see cref="MaxWidth"/>, shrunk to <see cref="FitRoom"/>.</summary>
    public (string Text, double Size, TextBlock Block) Resolve(string content, double size, TextRenderer renderer)
    {
        if (MaxWidth is { } max && max > 0) content = renderer.Wrap(content, size, Bold, Family, max);
        var block = renderer.Layout(content, size, Bold, Family);
        if (FitRoom is null || block.Width <= FitRoom(block.Height)) return (content, size, block);
        var floor = Math.Min(size, Math.Max(MinFitSize, size * MinFitRatio));
        for (var i = 0; i < 4 && size > floor; i++)
        {
            var room = Math.Max(0, FitRoom(block.Height));
            if (block.Width <= room) break;
            size = Math.Max(floor, Math.Floor(size * room / block.Width * 2) / 2); // half-pixel steps keep the layout cache small
            block = renderer.Layout(content, size, Bold, Family);
        }
        return (content, size, block);
    }

    public override void Draw(SKCanvas canvas, double t, DrawContext context)
    {
        if (!AliveAt(t)) return;
        var size = FontSize.At(t);
        if (size <= 0) return;
        var text = Content.Evaluate(t, out var running);
        var color = Color.At(t).ToSkia();
        var renderer = context.Text;
        if (running is { Morph: true })
        {
            var p = running.Progress(t);
            var (fromText, toText) = MaxWidth is { } max && max > 0
                ? (renderer.Wrap(running.From, size, Bold, Family, max), renderer.Wrap(running.To, size, Bold, Family, max))
                : (running.From, running.To);
            var from = renderer.Layout(fromText, size, Bold, Family);
            var to = renderer.Layout(toText, size, Bold, Family);
            var partial = renderer.Layout(TextMorph.At(fromText, toText, p), size, Bold, Family);
            var width = from.Width + (to.Width - from.Width) * p;
            var height = from.Height == 0 ? to.Height : from.Height + (to.Height - from.Height) * p;
            renderer.Draw(canvas, partial, size, Bold, Family, Align, color, width, height);
            return;
        }
        if (text.Length == 0) return;
        var (_, fitted, block) = Resolve(text, size, renderer);
        renderer.Draw(canvas, block, fitted, Bold, Family, Align, color);
    }
}
