using AnimPlatform.Core.Rendering.Animation;

namespace AnimPlatform.Core.Rendering.Colors;

/// <summary>
/// Label colour where no style sets one: black or white by the fill's luminance, following every fill
/// change (a yellow highlight gets black text, the default dark fills keep white). A label colour set in
/// meta.defaults or the object's style is always kept as written (spec §9.2: the label is unchanged).
/// </summary>
public static class AutoLabel
{
    /// <summary>The style's colour when set (<paramref name="set"/> true), else the readable colour on <paramref name="fill"/>.</summary>
    public static Rgba Initial(bool set, Rgba styled, Rgba fill) => set ? styled : Contrast.ReadableOn(fill);

    /// <summary>When the label colour is automatic, tween it with the fill to the colour readable on <paramref name="fill"/>.</summary>
    public static void Follow(bool auto, Track<Rgba> label, Rgba fill, double start, double duration, Func<double, double> ease)
    {
        if (auto) label.Animate(start, duration, Contrast.ReadableOn(fill), ease);
    }
}
