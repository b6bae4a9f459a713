namespace AnimPlatform.Tools.LoadTest;

/// <summary>What the load test sends: all submissions at once, pollers for a fixed time, optionally waiting for the renders.</summary>
public sealed record LoadTestOptions(
    Uri BaseUrl,
    int Submissions = 200,
    int Pollers = 20,
    TimeSpan PollDuration = default,
    string? Token = null,
    TimeSpan? WaitForRenders = null,
    int PollIntervalMs = LoadTestOptions.DefaultPollIntervalMs,
    int WarmupSubmissions = 5)
{
    /// <summary>Each poller waits this long between its requests (a status page polls a few times a second).</summary>
    public const int DefaultPollIntervalMs = 100;

    public const string DefaultUrl = "http://127.0.0.1:5080";
    public const int MaxSubmissions = 2000;
    public const int MaxPollers = 200;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(10);

    public TimeSpan PollDuration { get; init; } = PollDuration == default ? TimeSpan.FromSeconds(20) : PollDuration;
}
