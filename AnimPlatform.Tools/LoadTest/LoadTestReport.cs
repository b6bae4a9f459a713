namespace AnimPlatform.Tools.LoadTest;

/// <summary>What a load test found. <see cref="Passed"/>: nothing lost or duplicated, no 5xx, every submission accepted.</summary>
public sealed record LoadTestReport(
    int Submitted,
    int Accepted,
    int Lost,
    int Duplicated,
    int ServerErrors,
    int RateLimited,
    int OtherFailures,
    LatencyStats Status,
    LatencyStats List,
    LatencyStats Submit,
    double SubmitSeconds,
    double TotalSeconds,
    int Finished,
    int Done,
    int Failed)
{
    /// <summary>The target for status and list latency while renders run.</summary>
    public const double P99TargetMs = 100;

    public bool Passed => Lost == 0 && Duplicated == 0 && ServerErrors == 0 && Accepted == Submitted && OtherFailures == 0;

    public bool LatencyTargetMet => Status.P99 < P99TargetMs && List.P99 < P99TargetMs;

    public void WriteTo(TextWriter output)
    {
        output.WriteLine($"submitted {Submitted}, accepted {Accepted} in {SubmitSeconds:0.0} s; lost {Lost}, duplicated {Duplicated}, "
            + $"5xx {ServerErrors}, 429 {RateLimited}, other failures {OtherFailures}");
        output.WriteLine($"status  {Status}");
        output.WriteLine($"list    {List}");
        output.WriteLine($"submit  {Submit}");
        if (Finished > 0) output.WriteLine($"renders finished {Finished} (done {Done}, error {Failed})");
        output.WriteLine($"p99 of status and list under {P99TargetMs:0} ms: {(LatencyTargetMet ? "yes" : "NO")}");
        if (RateLimited > 0)
            output.WriteLine("note: submissions were rate limited; start the server with RATE_LIMIT_RENDERS_PER_MINUTE=0 for a load test");
        output.WriteLine(Passed ? "PASS" : "FAIL");
    }
}
