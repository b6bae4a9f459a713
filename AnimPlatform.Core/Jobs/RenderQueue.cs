using System.Threading.Channels;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Ids of jobs waiting to render, in submission order. Only a wake-up list: the job row is saved as queued
/// before its id is written here, and the worker claims the row before rendering, so a duplicate or
/// stale id is skipped and a lost one is found again at start-up.
/// </summary>
public sealed class RenderQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = false });

    public void Enqueue(Guid id) => _channel.Writer.TryWrite(id);

    public ValueTask<Guid> DequeueAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAsync(cancellationToken);

    /// <summary>Ids written and not yet taken by a worker.</summary>
    public int Pending => _channel.Reader.Count;
}
