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
            var from = renderer.Layout(running.From, size, Bold, Family);
            var to = renderer.Layout(running.To, size, Bold, Family);
            var partial = renderer.Layout(TextMorph.At(running.From, running.To, p), size, Bold, Family);
            var width = from.Width + (to.Width - from.Width) * p;
            var height = from.Height == 0 ? to.Height : from.Height + (to.Height - from.Height) * p;
            renderer.Draw(canvas, partial, size, Bold, Family, Align, color, width, height);
            return;
        }
        if (text.Length == 0) return;
        renderer.Draw(canvas, renderer.Layout(text, size, Bold, Family), size, Bold, Family, Align, color);
    }
}
