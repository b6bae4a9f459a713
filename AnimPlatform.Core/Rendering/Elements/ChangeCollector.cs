using AnimPlatform.Core.Rendering.Animation;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>Gathers instants and spans where anything on screen may change; the rest of the timeline is static.</summary>
public sealed class ChangeCollector
{
    public List<(double Start, double End)> Spans { get; } = [];

    public void Add(IAnimatedTrack track) => track.CollectChangeTimes(Spans);

    public void AddInstant(double t)
    {
        if (double.IsFinite(t)) Spans.Add((t, t));
    }
}
