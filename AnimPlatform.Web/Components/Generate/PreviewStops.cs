using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering;

namespace AnimPlatform.Web.Components.Generate;

/// <summary>
/// The instants the preview steps between: the start of every timeline entry of every scene (and the end), so
/// an arrow key moves to the next thing that happens rather than 1/30 s; and where each scene starts on the slider.
/// </summary>
public sealed class PreviewStops
{
    private readonly double[] _stops;

    public PreviewStops(ShowDocument show, IReadOnlyList<SceneSpan> spans, double duration)
    {
        var stops = new SortedSet<double> { 0, duration };
        foreach (var span in spans)
        {
            if (span.Index < 0 || span.Index >= show.Scenes.Count) continue;
            var t = span.Start;
            foreach (var entry in show.Scenes[span.Index].Scene.Timeline)
            {
                stops.Add(Math.Round(t, 4));
                t += entry.Duration;
            }
        }
        _stops = stops.Where(s => s >= 0 && s <= duration).ToArray();
        Duration = duration;
        Markers = spans.Select(s => new SceneMarker(s.Index, s.Name, s.TransitionStart, duration <= 0 ? 0 : 100 * s.TransitionStart / duration)).ToList();
    }

    public double Duration { get; }

    /// <summary>Where each scene begins (its transition in), as a time and as a percentage of the slider.</summary>
    public IReadOnlyList<SceneMarker> Markers { get; }

    public IReadOnlyList<double> Stops => _stops;

    /// <summary>The first stop after <paramref name="t"/> (the end when there is none).</summary>
    public double Next(double t) => _stops.FirstOrDefault(s => s > t + 1e-3, Duration);

    /// <summary>The last stop before <paramref name="t"/> (the start when there is none).</summary>
    public double Previous(double t) => _stops.LastOrDefault(s => s < t - 1e-3, 0);

    public sealed record SceneMarker(int Index, string Name, double Time, double Percent);
}
