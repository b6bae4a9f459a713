using System.Text.Json.Nodes;
using AnimPlatform.Tools.Bench;

namespace AnimPlatform.Tests.Bench;

/// <summary>The bench's CPU reading (/proc stat fields; one test runs a shell child) and its medians over repeated runs.</summary>
[Trait("Category", TestCategory.Integration)]
public sealed class BenchFiguresTests
{
    [Fact]
    public void Parse_reads_cutime_and_cstime_even_when_the_name_holds_spaces_and_parentheses()
    {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
        const string stat = "4242 (dotnet (a) b) S 1 4242 4242 0 -1 4194304 10 20 0 0 700 300 1234 566 20 0 9";
        Assert.Equal(18.00, ChildCpu.Parse(stat), 6);
    }

    [Fact]
    public async Task Reaped_seconds_grow_by_a_finished_child_s_cpu_time()
    {
        var before = ChildCpu.ReapedSeconds();
        // A child that burns CPU for a moment (a busy loop in sh), then exits and is waited for.
        var m = await ChildProcess.RunAsync("/bin/sh", ["-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done"]);
        Assert.Equal(0, m.ExitCode);
        Assert.True(m.CpuSeconds > 0, $"cpu {m.CpuSeconds}");
        Assert.True(ChildCpu.ReapedSeconds() - before >= m.CpuSeconds);
    }

    [Fact]
    public void Medians_are_taken_per_number_nested_objects_included_and_other_fields_left_out()
    {
        JsonObject Run(double ratio, double draw) => new() { ["ratio"] = ratio, ["label"] = "x", ["breakdown"] = new JsonObject { ["drawSeconds"] = draw } };
        var median = RatioRuns.Medians([Run(1.5, 3), Run(1.2, 9), Run(1.3, 4)]);
        Assert.Equal(1.3, median["ratio"]!.GetValue<double>());
        Assert.Equal(4, median["breakdown"]!["drawSeconds"]!.GetValue<double>());
        Assert.Null(median["label"]);
        Assert.Equal(2.5, RatioRuns.Median([1, 2, 3, 4]));
    }
}
