using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// <see cref="IJobNotifier"/> over an immutable list of handlers (publishing takes no lock). A handler
/// that throws is logged and skipped: a broken page must not stop a render.
/// </summary>
public sealed class JobNotifier(ILogger<JobNotifier> logger) : IJobNotifier
{
    private ImmutableArray<Action<JobUpdate>> _handlers = [];

    public int SubscriberCount => _handlers.Length;

    public IDisposable Subscribe(Action<JobUpdate> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ImmutableInterlocked.Update(ref _handlers, list => list.Add(handler));
        return new Subscription(this, handler);
    }

    public void Publish(JobUpdate update)
    {
        foreach (var handler in _handlers)
        {
            try { handler(update); }
            catch (Exception ex) { logger.LogWarning(ex, "A job update subscriber failed for job {JobId}", update.JobId); }
        }
    }

    private void Unsubscribe(Action<JobUpdate> handler) =>
        ImmutableInterlocked.Update(ref _handlers, list => list.Remove(handler));

    private sealed class Subscription(JobNotifier owner, Action<JobUpdate> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Unsubscribe(handler);
        }
    }
}
