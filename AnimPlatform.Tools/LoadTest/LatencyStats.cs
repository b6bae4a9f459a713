namespace AnimPlatform.Tools.LoadTest;

/// <summary>Request count and latency percentiles (nearest rank), in milliseconds.</summary>
public sealed record LatencyStats(int Count, double P50, double P95, double P99, double Max)
{
    public static LatencyStats From(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0) return new LatencyStats(0, 0, 0, 0, 0);
        return new LatencyStats(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted[^1]);
    }

    private static double Rank(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public override string ToString() => $"n={Count,5}  p50 {P50,7:0.0} ms  p95 {P95,7:0.0} ms  p99 {P99,7:0.0} ms  max {Max,7:0.0} ms";
}
