using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>
/// The one retry for database writes that must not be lost (a finished video, a failure, a claim): a Polly
/// pipeline that retries while the database reports "busy/locked" (<see cref="JobDatabase.IsBusy"/>), with
/// exponential back-off from 200 ms to 5 s, for up to a window (infinite: until cancelled); then the last
/// error is thrown. Real time, not an injected clock: it waits for the world, not for a schedule.
/// </summary>
public static class DatabaseRetry
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    /// <summary>A pipeline for one write; <paramref name="window"/> counts from this call.</summary>
    public static ResiliencePipeline For(TimeSpan window, ILogger logger, string what)
    {
        var started = Stopwatch.StartNew();
        return new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && JobDatabase.IsBusy(ex)
                && (window == Timeout.InfiniteTimeSpan || started.Elapsed < window)),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            Delay = FirstDelay,
            MaxDelay = MaxDelay,
            UseJitter = false,
            OnRetry = args =>
            {
                logger.LogWarning("The job database is locked by another program; retrying {What} in {Delay} ms",
                    what, (int)args.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    /// <summary>Runs <paramref name="write"/> (given no token: a started write is not abandoned) through <see cref="For"/>.</summary>
    public static async Task<T> RunAsync<T>(Func<Task<T>> write, TimeSpan window, ILogger logger, string what, CancellationToken cancellationToken) =>
        await For(window, logger, what).ExecuteAsync(async _ => await write(), cancellationToken);
}
