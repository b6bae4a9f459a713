using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using CliWrap;

namespace AnimPlatform.Core.Processes;

/// <summary>
/// The one way an external tool is run where FFMpegCore does not already (espeak-ng, ffmpeg probes and audio
/// decoding, the bench's child renders): CliWrap with an argument list (never a shell), optional stdin text, the
/// caller's cancellation, the time limit of its <see cref="ToolRunKind"/>, and the process tree killed when any of
/// them ends the run. Every running tool is tied to this runner: disposing it kills them all.
/// </summary>
public sealed class ToolRunner : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private readonly Func<ToolRunKind, TimeSpan> _timeouts;
    private int _running;

    /// <param name="timeouts">Time limit per kind of run; <see cref="ToolRunKinds.Timeout"/> by default.</param>
    public ToolRunner(Func<ToolRunKind, TimeSpan>? timeouts = null) => _timeouts = timeouts ?? ToolRunKinds.Timeout;

    /// <summary>The process-wide runner; its tools are killed when the process exits.</summary>
    public static ToolRunner Shared { get; } = CreateShared();

    private static ToolRunner CreateShared()
    {
        var runner = new ToolRunner();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => runner.Dispose();
        return runner;
    }

    /// <summary>Tools running right now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Runs <paramref name="executable"/> to its end; a non-zero exit code is a result, not an exception.</summary>
    /// <param name="started">Called with the process id once it runs (the bench samples its memory).</param>
    /// <exception cref="ToolMissingException">The executable could not be started.</exception>
    /// <exception cref="TimeoutException">The run took longer than its kind allows; the process was killed.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled, or the runner was disposed; the process was killed.</exception>
    public async Task<ToolResult> RunAsync(string executable, IEnumerable<string> arguments, ToolRunKind kind,
        CancellationToken cancellationToken, string? standardInput = null, Action<int>? started = null)
    {
        ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
        var timeout = _timeouts(kind);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _disposed.Token);
        run.CancelAfter(timeout);
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var command = Cli.Wrap(executable)
            .WithArguments(arguments)
            .WithValidation(CommandResultValidation.None)
            .WithStandardOutputPipe(PipeTarget.ToStringBuilder(stdout))
            .WithStandardErrorPipe(PipeTarget.ToStringBuilder(stderr));
        if (standardInput is not null) command = command.WithStandardInputPipe(PipeSource.FromString(standardInput, new UTF8Encoding(false)));
        var watch = Stopwatch.StartNew();
        Interlocked.Increment(ref _running);
        try
        {
            var task = command.ExecuteAsync(run.Token);
            started?.Invoke(task.ProcessId);
            var result = await task.ConfigureAwait(false);
            return new ToolResult(result.ExitCode, stdout.ToString(), stderr.ToString(), watch.Elapsed);
        }
        catch (Win32Exception ex)
        {
            throw new ToolMissingException(executable, ex);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && !_disposed.IsCancellationRequested)
        {
            throw new TimeoutException($"{Path.GetFileName(executable)} did not finish within {timeout.TotalSeconds:0} s");
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    /// <summary>Kills every tool still running and refuses new runs.</summary>
    public void Dispose()
    {
        if (_disposed.IsCancellationRequested) return;
        _disposed.Cancel();
    }
}
