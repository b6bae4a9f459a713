namespace AnimPlatform.Core.Rendering.Animation;

/// <summary>One tween of one property: from <see cref="From"/> at Start to <see cref="To"/> at End, shaped by Ease.</summary>
public sealed record Segment<T>(double Start, double End, T From, T To, Func<double, double> Ease)
{
    /// <summary>Set for text morphs: the content is interpolated by the morph rule instead of jumping.</summary>
    public bool Morph { get; init; }

    public double Progress(double t) => End <= Start ? 1 : Ease(Math.Clamp((t - Start) / (End - Start), 0, 1));
}
