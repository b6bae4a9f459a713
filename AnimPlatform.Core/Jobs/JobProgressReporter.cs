using Microsoft.Extensions.Logging;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Receives a render's progress: every step goes to the notifier at once; the database gets the latest
/// step at most once per interval, from a small loop of its own, so the render thread never waits on SQLite.
/// </summary>
public sealed class JobProgressReporter : IProgress<JobProgress>, IAsyncDisposable
{
    private readonly Guid _jobId;
    private readonly JobStore _store;
    private readonly IJobNotifier _notifier;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _writer;
    private JobProgress? _latest;

    public JobProgressReporter(Guid jobId, JobStore store, IJobNotifier notifier, TimeProvider clock, TimeSpan interval, ILogger logger)
    {
        _jobId = jobId;
        _store = store;
        _notifier = notifier;
        _logger = logger;
        _writer = Task.Run(() => WriteLoopAsync(clock, interval, _stop.Token));
    }

    /// <summary>Rows written so far (tests check the throttle with it).</summary>
    public int Writes { get; private set; }

    public void Report(JobProgress value)
    {
        Volatile.Write(ref _latest, value);
        _notifier.Publish(new JobUpdate(_jobId, JobStatus.Rendering, value.Percent, value.Stage));
    }

    private async Task WriteLoopAsync(TimeProvider clock, TimeSpan interval, CancellationToken stop)
    {
        JobProgress? written = null;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stop);
                var latest = Volatile.Read(ref _latest);
                if (latest is null || latest == written) continue;
                await _store.UpdateProgressAsync(_jobId, latest.Percent, latest.Stage, stop);
                written = latest;
                Writes++;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Progress is advisory: a busy or failing database must not fail the render.
                _logger.LogWarning(ex, "Could not save progress of job {JobId}", _jobId);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _writer;
        _stop.Dispose();
    }
}
