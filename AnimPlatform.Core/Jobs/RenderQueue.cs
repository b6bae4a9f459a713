namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Ids of jobs waiting to render. Only a wake-up list: the job row is saved as queued before its id is
/// written here, and the worker claims the row before rendering, so a duplicate or stale id is skipped and
/// a lost one is found again at start-up.
/// <para>
/// Fair between clients: each client has its own first-in-first-out line, and the worker takes from the
/// lines in turn (round robin), so one client's burst of long jobs does not hold back another client's
/// short one. Within one client, jobs keep their submission order.
/// </para>
/// </summary>
public sealed class RenderQueue : IRenderQueue
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue<Guid>> _lines = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _turns = new(); // clients with waiting jobs, the next to serve first
    private readonly SemaphoreSlim _waiting = new(0);

    public int Length => _waiting.CurrentCount;

    /// <summary>Queues a job of no particular client (recovered jobs whose client is unknown share one line).</summary>
    public void Enqueue(Guid id) => Enqueue(id, "");

    public void Enqueue(Guid id, string client)
    {
        lock (_lock)
        {
            if (!_lines.TryGetValue(client, out var line)) _lines[client] = line = new Queue<Guid>();
            if (line.Count == 0) _turns.AddLast(client);
            line.Enqueue(id);
        }
        _waiting.Release();
    }

    public async ValueTask<Guid> DequeueAsync(CancellationToken cancellationToken)
    {
        await _waiting.WaitAsync(cancellationToken);
        lock (_lock)
        {
            var client = _turns.First!.Value;
            _turns.RemoveFirst();
            var line = _lines[client];
            var id = line.Dequeue();
            if (line.Count > 0) _turns.AddLast(client); // its next job waits for every other client's turn
            else _lines.Remove(client);
            return id;
        }
    }
}
