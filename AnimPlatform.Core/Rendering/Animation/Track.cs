namespace AnimPlatform.Core.Rendering.Animation;

/// <summary>
/// An animated property as a pure function of time: a base value plus tweens. At time t the last tween
/// (in timeline order) running at t wins; when none runs, the most recently finished one holds its end
/// value (spec §5.6). Tweens capture their start value when compiled, like the original's runtime did.
/// </summary>
public sealed class Track<T>(T initial, Func<T, T, double, T> interpolate) : IAnimatedTrack
{
    private readonly List<Segment<T>> _segments = [];

    public T Initial { get; } = initial;
    public IReadOnlyList<Segment<T>> Segments => _segments;

    /// <summary>Tween to <paramref name="to"/> over [start, start+duration]; duration 0 is a jump.</summary>
    public void Animate(double start, double duration, T to, Func<double, double> ease) =>
        _segments.Add(new Segment<T>(start, start + Math.Max(0, duration), At(start), to, ease));

    public void Set(double time, T value) => Animate(time, 0, value, static p => p);

    public void Add(Segment<T> segment) => _segments.Add(segment);

    public T At(double t) => Evaluate(t, out _);

    /// <summary>The value at t, and the tween running at t (null when the value is held).</summary>
    public T Evaluate(double t, out Segment<T>? running)
    {
        running = null;
        Segment<T>? finished = null;
        for (var i = _segments.Count - 1; i >= 0; i--)
        {
            var s = _segments[i];
            if (s.Start > t) continue;
            if (t < s.End)
            {
                running = s;
                return interpolate(s.From, s.To, s.Progress(t));
            }
            if (finished is null || s.End > finished.End) finished = s;
        }
        return finished is null ? Initial : finished.To;
    }

    /// <summary>Appends every instant at which this track starts or stops changing.</summary>
    public void CollectChangeTimes(ICollection<(double Start, double End)> spans)
    {
        foreach (var s in _segments) spans.Add((s.Start, s.End));
    }
}

/// <summary>An animated property, as static-frame detection sees it: the spans during which it changes.</summary>
public interface IAnimatedTrack
{
    void CollectChangeTimes(ICollection<(double Start, double End)> spans);
}
