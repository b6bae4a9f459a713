namespace AnimPlatform.Core.Rendering.Layers;

/// <summary>Disjoint, sorted closed time spans [start, end] (instants have start = end); answers "does anything change in [a, b]".</summary>
internal sealed class SpanSet
{
    public static readonly SpanSet Empty = new([]);

    private readonly double[] _starts;
    private readonly double[] _ends;

    public SpanSet(IEnumerable<(double Start, double End)> spans)
    {
        var merged = new List<(double Start, double End)>();
        foreach (var (start, end) in spans.Where(s => double.IsFinite(s.Start) && double.IsFinite(s.End)).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            else
                merged.Add((start, end));
        }
        _starts = merged.Select(s => s.Start).ToArray();
        _ends = merged.Select(s => s.End).ToArray();
    }

    public bool IsEmpty => _starts.Length == 0;

    /// <summary>The spans, disjoint and in order.</summary>
    public IEnumerable<(double Start, double End)> Spans => _starts.Select((start, i) => (start, _ends[i]));

    /// <summary>True when some span touches the closed interval [a, b].</summary>
    public bool Intersects(double a, double b)
    {
        // Spans are disjoint and sorted: of those starting at or before b, the last one has the largest end.
        var i = UpperBound(b) - 1;
        return i >= 0 && _ends[i] >= a;
    }

    /// <summary>
    /// The end of a window starting at <paramref name="from"/> that holds <paramref name="changing"/> seconds of
    /// change (time inside spans), or ends at <paramref name="limit"/>: static stretches cost nothing to span.
    /// </summary>
    public double EndAfterChanging(double from, double changing, double limit)
    {
        var left = changing;
        for (var i = Math.Max(0, UpperBound(from) - 1); i < _starts.Length; i++)
        {
            var start = Math.Max(from, _starts[i]);
            if (start >= limit) break;
            if (_ends[i] < from) continue;
            var length = _ends[i] - start;
            if (length >= left) return Math.Min(limit, start + left);
            left -= length;
        }
        return limit;
    }

    private int UpperBound(double value)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_starts[mid] <= value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
