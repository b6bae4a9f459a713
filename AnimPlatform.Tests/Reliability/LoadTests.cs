using AnimPlatform.Tests.Support;
using AnimPlatform.Tools.LoadTest;
using Xunit.Abstractions;

namespace AnimPlatform.Tests.Reliability;

/// <summary>
/// A small version of the `loadtest` verb against the app as a real process on 127.0.0.1: 50 submissions
/// at once while 5 clients poll status and the list. Nothing lost or duplicated, no 5xx. Latencies are
/// printed, not asserted (the 100 ms p99 target is the verb's to report, on a quiet machine).
/// </summary>
[Trait("Category", TestCategory.Reliability)]
[Collection(AppProcessCollection.Name)]
public sealed class LoadTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public async Task Concurrent_submissions_and_polling_lose_nothing_duplicate_nothing_and_never_answer_5xx()
    {
        await using var app = await AppProcess.StartAsync(_dir.Path, new Dictionary<string, string?> { ["RATE_LIMIT_RENDERS_PER_MINUTE"] = "0" });
        var log = new StringWriter();
        var report = await LoadTestRunner.RunAsync(
            new LoadTestOptions(app.BaseAddress, Submissions: 50, Pollers: 5, PollDuration: TimeSpan.FromSeconds(4)), log);
        report.WriteTo(log);
        output.WriteLine(log.ToString());

        Assert.Equal(50, report.Accepted);
        Assert.Equal(0, report.Lost);
        Assert.Equal(0, report.Duplicated);
        Assert.Equal(0, report.ServerErrors);
        Assert.Equal(0, report.OtherFailures);
        Assert.True(report.Status.Count > 0 && report.List.Count > 0, "the pollers polled");
        Assert.True(report.Passed);
    }

    [Fact]
    public async Task The_runner_refuses_targets_that_are_not_this_machine()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            LoadTestRunner.RunAsync(new LoadTestOptions(new Uri("http://192.0.2.1:5080"), Submissions: 1, Pollers: 0)));
        Assert.Contains("only targets this machine", error.Message);
    }

    public void Dispose() => _dir.Dispose();
}
