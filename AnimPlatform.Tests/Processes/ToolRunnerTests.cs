using System.Diagnostics;
using AnimPlatform.Core.Processes;

namespace AnimPlatform.Tests.Processes;

/// <summary>The one tool runner: arguments and stdin, missing tools, per-kind time limits, cancellation, kill on dispose.</summary>
[Trait("Category", TestCategory.Integration)]
public class ToolRunnerTests
{
    private static bool IsGone(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    [Fact]
    public async Task Passes_arguments_verbatim_and_text_through_stdin()
    {
        using var runner = new ToolRunner();
        var echo = await runner.RunAsync("/bin/sh", ["-c", "printf '%s|' \"$@\"; cat", "sh", "a b", "$HOME", "--x"], ToolRunKind.Probe,
            CancellationToken.None, standardInput: "héllo\n");
        Assert.Equal(0, echo.ExitCode);
        Assert.Equal("a b|$HOME|--x|héllo\n", echo.StandardOutput);
        var failing = await runner.RunAsync("/bin/sh", ["-c", "echo one >&2; echo two >&2; exit 3"], ToolRunKind.Probe, CancellationToken.None);
        Assert.Equal((3, "one | two"), (failing.ExitCode, failing.ErrorTail));
        Assert.Equal(0, runner.Running);
    }

    [Fact]
    public async Task A_missing_tool_is_a_typed_error()
    {
        using var runner = new ToolRunner();
        var missing = "/nonexistent/tool-" + Guid.NewGuid().ToString("N");
        var ex = await Assert.ThrowsAsync<ToolMissingException>(() => runner.RunAsync(missing, ["--version"], ToolRunKind.Probe, CancellationToken.None));
        Assert.Equal(missing, ex.Executable);
    }

    [Fact]
    public async Task A_run_over_its_kind_s_limit_is_killed_and_reported_as_a_timeout()
    {
        using var runner = new ToolRunner(kind => kind == ToolRunKind.Probe ? TimeSpan.FromMilliseconds(300) : TimeSpan.FromMinutes(5));
        var pid = 0;
        var ex = await Assert.ThrowsAsync<TimeoutException>(() =>
            runner.RunAsync("sleep", ["30"], ToolRunKind.Probe, CancellationToken.None, started: p => pid = p));
        Assert.Contains("sleep did not finish within", ex.Message);
        Assert.NotEqual(0, pid);
        Assert.True(IsGone(pid));
    }

    [Fact]
    public async Task Cancelling_kills_the_tool()
    {
        using var runner = new ToolRunner();
        using var cancel = new CancellationTokenSource();
        var started = new TaskCompletionSource<int>();
        var run = runner.RunAsync("sleep", ["30"], ToolRunKind.Speech, cancel.Token, started: started.SetResult);
        var pid = await started.Task;
        Assert.False(IsGone(pid));
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.True(IsGone(pid));
    }

    [Fact]
    public async Task Disposing_the_runner_kills_every_tool_it_runs_and_refuses_new_runs()
    {
        var runner = new ToolRunner();
        var pids = new List<TaskCompletionSource<int>> { new(), new() };
        var runs = pids.Select(p => runner.RunAsync("sleep", ["30"], ToolRunKind.AudioDecode, CancellationToken.None, started: p.SetResult)).ToList();
        var ids = await Task.WhenAll(pids.Select(p => p.Task));
        Assert.Equal(2, runner.Running);
        runner.Dispose();
        foreach (var run in runs) await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.All(ids, id => Assert.True(IsGone(id)));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => runner.RunAsync("true", [], ToolRunKind.Probe, CancellationToken.None));
    }
}
