using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Jobs.Persistence;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Jobs;

/// <summary>
/// Drains the render queue with at most MaxConcurrentRenders renders at once: one loop per slot, each
/// taking the next job id. Recovers interrupted and queued jobs first. A failing job never stops a loop.
/// <para>
/// Shutting down (SIGTERM, Ctrl+C): no new job is taken; renders still running get
/// <see cref="JobsOptions.ShutdownGrace"/> to finish, then they are stopped and go back to the queue,
/// to start again from the beginning at the next start. The grace is spent in <see cref="StoppingAsync"/>,
/// which the host runs before it stops the web server: while a render finishes, the server still answers
/// (new renders get 503 with Retry-After from <see cref="ShutdownGate"/>, status and downloads go on).
/// </para>
/// </summary>
public sealed class RenderWorker(
    RenderQueue queue,
    JobRunner runner,
    JobRecovery recovery,
    IOptions<JobsOptions> options,
    ILogger<RenderWorker> logger) : BackgroundService, IHostedLifecycleService
{
    /// <summary>How long a job that could not be claimed because the database was locked waits before it is tried again.</summary>
    public static readonly TimeSpan BusyRetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>Stops running renders: the grace after the host asked to stop, or at once when the host's own time runs out.</summary>
    private readonly CancellationTokenSource _abortRenders = new();

    /// <summary>Cancelled when the host starts stopping: no loop takes another job from then on.</summary>
    private readonly CancellationTokenSource _stopTaking = new();

    /// <summary>Completed when the last running render has ended after stopping began.</summary>
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private int _running;
    private int _graceArmed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        AnimPlatform.Core.Video.FfmpegVersionCheck.Start(); // FFMpegCore's one-off `ffmpeg -version`, off the first job's path
        await recovery.RecoverAsync(stoppingToken);
        var slots = Math.Max(1, options.Value.MaxConcurrentRenders);
        await Task.WhenAll(Enumerable.Range(0, slots).Select(_ => Task.Run(() => DrainAsync(stoppingToken), stoppingToken)));
    }

    /// <summary>Before the web server stops: no new job, and the running renders get the grace to finish.</summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await _stopTaking.CancelAsync();
        ArmGrace();
        if (Volatile.Read(ref _running) == 0) return;
        logger.LogInformation("Stopping: waiting up to {Seconds} s for {Count} running render(s) to finish", options.Value.ShutdownGrace.TotalSeconds, _running);
        using var waitEnds = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _abortRenders.Token);
        try { await _drained.Task.WaitAsync(waitEnds.Token); }
        catch (OperationCanceledException) { /* grace over or the host's time is up: StopAsync stops the renders */ }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // (_abortRenders is not disposed: a test host may stop a worker more than once.)
        await _stopTaking.CancelAsync();
        ArmGrace();
        await using var hostTimeout = cancellationToken.Register(() => _abortRenders.Cancel());
        await base.StopAsync(cancellationToken);
    }

    /// <summary>Starts the grace once (a second call would restart CancelAfter's timer).</summary>
    private void ArmGrace()
    {
        if (Interlocked.Exchange(ref _graceArmed, 1) == 1) return;
        var grace = options.Value.ShutdownGrace;
        if (grace <= TimeSpan.Zero) _abortRenders.Cancel();
        else _abortRenders.CancelAfter(grace);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        using var taking = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, _stopTaking.Token);
        while (!taking.IsCancellationRequested)
        {
            Guid id;
            try { id = await queue.DequeueAsync(taking.Token); }
            catch (OperationCanceledException) { return; }
            if (taking.IsCancellationRequested) return; // still queued in the database: the next start takes it

            Interlocked.Increment(ref _running);
            try { await runner.RunAsync(id, _abortRenders.Token); }
            catch (OperationCanceledException) when (_abortRenders.IsCancellationRequested) { return; }
            catch (Exception ex) when (JobDatabase.IsBusy(ex))
            {
                // Could not even claim the job: it is still queued in the database. Try again shortly.
                logger.LogWarning("The job database is locked by another program; job {JobId} is tried again in {Seconds} s",
                    id, BusyRetryDelay.TotalSeconds);
                _ = EnqueueLaterAsync(id, stoppingToken);
            }
            catch (Exception ex)
            {
                // The job stays queued in the database and is picked up again at the next start.
                logger.LogError(ex, "Render loop could not process job {JobId}", id);
            }
            finally
            {
                if (Interlocked.Decrement(ref _running) == 0 && _stopTaking.IsCancellationRequested) _drained.TrySetResult();
            }
        }
    }

    private async Task EnqueueLaterAsync(Guid id, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(BusyRetryDelay, stoppingToken);
            queue.Enqueue(id);
        }
        catch (OperationCanceledException) { /* shutting down: the next start recovers it */ }
    }
}
