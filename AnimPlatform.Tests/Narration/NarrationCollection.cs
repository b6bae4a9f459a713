namespace AnimPlatform.Tests.Narration;

/// <summary>
/// The narration tests that render, encode and run espeak-ng/ffmpeg run on their own, after the parallel
/// tests: they allocate frames and start processes, and some tests elsewhere measure process-wide
/// allocation and time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NarrationCollection
{
    public const string Name = "Narration renders (not parallel)";
}
