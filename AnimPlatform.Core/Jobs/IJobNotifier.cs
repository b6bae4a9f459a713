namespace AnimPlatform.Core.Jobs;

/// <summary>
/// In-process publish/subscribe of <see cref="JobUpdate"/>s: the worker publishes every progress step and
/// status change; Blazor components subscribe and push them to the browser over their circuit.
/// Handlers run on the publisher's thread: keep them short (a component calls InvokeAsync and returns).
/// </summary>
public interface IJobNotifier
{
    /// <summary>Starts delivering updates to <paramref name="handler"/> until the returned handle is disposed.</summary>
    IDisposable Subscribe(Action<JobUpdate> handler);

    void Publish(JobUpdate update);
}
