namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Where the id of a saved queued job goes to be rendered: the in-process <see cref="RenderQueue"/> (embedded)
/// or Hangfire (distributed). Only a wake-up: the renderer claims the row first, so duplicates are harmless.
/// </summary>
public interface IRenderQueue
{
    void Enqueue(Guid id, string client);

    /// <summary>Queues a job of no particular client.</summary>
    void Enqueue(Guid id) => Enqueue(id, "");

    /// <summary>Jobs waiting in this queue (for the Settings page).</summary>
    int Length { get; }
}
