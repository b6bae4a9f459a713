namespace AnimPlatform.Tests.Reliability;

/// <summary>
/// Tests that run the app as a child process, render with ffmpeg and kill, starve or lock it: one after
/// another, and not alongside the rest of the suite (DisableParallelization: xUnit runs them after the
/// parallel collections), so neither their CPU load nor their timing depends on other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AppProcessCollection
{
    public const string Name = "app process";
}
