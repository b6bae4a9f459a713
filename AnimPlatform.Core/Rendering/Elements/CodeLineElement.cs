using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Code;
using AnimPlatform.Core.Rendering.Colors;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>One line of a code panel: coloured runs drawn left to right from x = 0, vertically centred on y = 0.</summary>
public sealed class CodeLineElement(IReadOnlyList<CodeToken> runs, Func<TokenRole, Rgba> colour, double fontSize) : Element
{
    public const string Family = "monospace";

    public IReadOnlyList<CodeToken> Runs { get; } = runs;
    public double FontSize { get; } = fontSize;

    /// <summary>The colour a run is drawn in (layout checks read it).</summary>
    public Rgba ColourOf(TokenRole role) => colour(role);
    public Track<double> Opacity { get; } = Interpolators.NumberTrack(1);

    public override void Draw(SKCanvas canvas, double t, DrawContext context)
    {
        if (!AliveAt(t)) return;
        var opacity = Math.Clamp(Opacity.At(t), 0, 1);
        if (opacity <= 0) return;
        var column = 0;
        foreach (var run in Runs)
        {
            var c = colour(run.Role);
            var paint = (c with { A = c.A * opacity }).ToSkia();
            // Each word is placed on its own column: indentation and inner spaces keep their width.
            foreach (System.Text.RegularExpressions.Match word in Words.Matches(run.Text))
            {
                var block = context.Text.Layout(word.Value, FontSize, false, Family);
                canvas.Save();
                canvas.Translate((float)(MonoWidth(column + word.Index, FontSize) + block.Width / 2), 0);
                context.Text.Draw(canvas, block, FontSize, false, Family, "left", paint);
                canvas.Restore();
            }
            column += run.Text.Length;
        }
    }

    private static readonly System.Text.RegularExpressions.Regex Words = new(@"\S+", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>DejaVu Sans Mono advances 0.602 em per character; runs are placed on that grid so columns line up.</summary>
    public static double MonoWidth(int characters, double fontSize) => characters * fontSize * 0.602;
}
