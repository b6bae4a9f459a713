using Microsoft.Extensions.Logging;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Receives a render's progress: every step goes to the notifier at once; the database gets the latest
/// step at most once per interval, from a small loop of its own, so the render thread never waits on SQLite.
/// The same loop is the lease's heartbeat (every <c>heartbeat</c>): when the store answers that the job is no
/// longer rendering — cancelled or deleted through another node — <c>onLost</c> stops the render.
/// </summary>
public sealed class JobProgressReporter : IProgress<JobProgress>, IAsyncDisposable
{
    private readonly Guid _jobId;
    private readonly IJobStore _store;
    private readonly Action? _onLost;
    private readonly bool _sharedLease;
    private readonly IJobNotifier _notifier;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _writer;
    private JobProgress? _latest;

    /// <param name="heartbeat">How often the lease is renewed (infinite: never).</param>
    /// <param name="onLost">Called once when the job is found no longer rendering.</param>
    /// <param name="sharedLease">A chunk of a distributed render: several workers renew the one job's lease.</param>
    public JobProgressReporter(Guid jobId, IJobStore store, IJobNotifier notifier, TimeProvider clock, TimeSpan interval, ILogger logger,
        TimeSpan? heartbeat = null, Action? onLost = null, bool sharedLease = false)
    {
        _jobId = jobId;
        _store = store;
        _notifier = notifier;
        _logger = logger;
        _onLost = onLost;
        _sharedLease = sharedLease;
        _writer = Task.Run(() => WriteLoopAsync(clock, interval, heartbeat ?? Timeout.InfiniteTimeSpan, _stop.Token));
    }

    /// <summary>True once the store said the job is no longer rendering.</summary>
    public bool Lost { get; private set; }

    /// <summary>Rows written so far (tests check the throttle with it).</summary>
    public int Writes { get; private set; }

    public void Report(JobProgress value)
    {
        Volatile.Write(ref _latest, value);
        _notifier.Publish(new JobUpdate(_jobId, JobStatus.Rendering, value.Percent, value.Stage));
    }

    private async Task WriteLoopAsync(TimeProvider clock, TimeSpan interval, TimeSpan heartbeat, CancellationToken stop)
    {
        JobProgress? written = null;
        var renewed = clock.GetTimestamp();
        while (!stop.IsCancellationRequested && !Lost)
        {
            try
            {
                await Task.Delay(interval, clock, stop);
                if (heartbeat != Timeout.InfiniteTimeSpan && clock.GetElapsedTime(renewed) >= heartbeat)
                {
                    renewed = clock.GetTimestamp();
                    if (!await _store.RenewLeaseAsync(_jobId, _sharedLease, stop)) { LoseJob(); return; }
                }
                var latest = Volatile.Read(ref _latest);
                if (latest is null || latest == written) continue;
                if (!await _store.UpdateProgressAsync(_jobId, latest.Percent, latest.Stage, stop)) { LoseJob(); return; }
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

    private void LoseJob()
    {
        Lost = true;
        _logger.LogInformation("Job {JobId} is no longer rendering in the store (cancelled or deleted); its render stops", _jobId);
        _onLost?.Invoke();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _writer;
        _stop.Dispose();
    }
}
