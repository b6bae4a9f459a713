using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AnimPlatform.Core.Jobs.Distributed;

/// <summary>
/// The progress backplane of distributed mode behind <see cref="IJobNotifier"/>: updates published here reach
/// this process's subscribers at once and every other process through PostgreSQL NOTIFY on
/// <see cref="Channel"/> (the latest update per job, at most every <see cref="FlushInterval"/>, so a render's
/// per-frame progress costs a few statements a second). A listener connection (LISTEN, reconnecting after a
/// drop) hands other processes' updates to the local subscribers — workers push, web nodes' pages see them.
/// </summary>
public sealed class PostgresJobNotifier : IJobNotifier, IAsyncDisposable
{
    public const string Channel = "anim_jobs";
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(200);
    private const int MaxErrorLength = 2000; // NOTIFY payloads stop at 8000 bytes

    private readonly JobNotifier _local;
    private readonly NpgsqlDataSource _source;
    private readonly ILogger _logger;
    private readonly string _origin = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<Guid, JobUpdate> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _flusher;
    private readonly Task _listener;
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PostgresJobNotifier(string connectionString, ILogger<JobNotifier> localLogger, ILogger<PostgresJobNotifier> logger)
    {
        _local = new JobNotifier(localLogger);
        _source = NpgsqlDataSource.Create(connectionString);
        _logger = logger;
        _flusher = Task.Run(() => FlushLoopAsync(_stop.Token));
        _listener = Task.Run(() => ListenLoopAsync(_stop.Token));
    }

    /// <summary>Completes once the listener is subscribed (tests wait for it before publishing elsewhere).</summary>
    public Task Listening => _listening.Task;

    public int SubscriberCount => _local.SubscriberCount;

    public IDisposable Subscribe(Action<JobUpdate> handler) => _local.Subscribe(handler);

    public void Publish(JobUpdate update)
    {
        _local.Publish(update);
        _pending[update.JobId] = update.Error is { Length: > MaxErrorLength } e ? update with { Error = e[..MaxErrorLength] } : update;
    }

    private async Task FlushLoopAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(FlushInterval, stop);
                await FlushAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception ex) { _logger.LogWarning(ex, "Could not send job updates to the other nodes"); }
        }
        try { await FlushAsync(CancellationToken.None); } // the last updates (done, failed) still go out
        catch (Exception ex) { _logger.LogWarning(ex, "Could not send the last job updates to the other nodes"); }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.IsEmpty) return;
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        foreach (var id in _pending.Keys)
        {
            if (!_pending.TryRemove(id, out var update)) continue;
            await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("payload", JsonSerializer.Serialize(new Envelope(_origin, update)));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task ListenLoopAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _source.OpenConnectionAsync(stop);
                connection.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stop);
                _listening.TrySetResult();
                while (!stop.IsCancellationRequested) await connection.WaitAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { return; }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "The job update listener lost its PostgreSQL connection; reconnecting");
                try { await Task.Delay(TimeSpan.FromSeconds(1), stop); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    private void Receive(string payload)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>(payload);
            if (envelope?.Update is { } update && envelope.Origin != _origin) _local.Publish(update);
        }
        catch (JsonException ex)
        {
            _logger.LogWarning(ex, "Ignored an unreadable job update from another node");
        }
    }

    private int _disposed;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return; // registered under two service types
        await _stop.CancelAsync();
        await Task.WhenAll(_flusher, _listener);
        await _source.DisposeAsync();
        _stop.Dispose();
    }

    private sealed record Envelope(string Origin, JobUpdate Update);
}
