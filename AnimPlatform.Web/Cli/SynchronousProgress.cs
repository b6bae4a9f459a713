namespace AnimPlatform.Web.Cli;

/// <summary>IProgress that reports on the caller's thread (Progress&lt;T&gt; posts to the thread pool and reorders lines).</summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
