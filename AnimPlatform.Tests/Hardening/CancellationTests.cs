using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Tests.Api;

namespace AnimPlatform.Tests.Hardening;

/// <summary>Issue 14 item 1: preparing and compiling observe a cancellation token (frame drawing already did).</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class CancellationTests
{
    private static CancellationToken Cancelled() => new(canceled: true);

    [Fact]
    public void PreparingStopsWhenCancelled()
    {
        Assert.ThrowsAny<OperationCanceledException>(() => ManifestPipeline.LoadText(TestManifests.Tiny(), null, Cancelled()));
        Assert.ThrowsAny<OperationCanceledException>(() => ManifestPipeline.FromNode(HardeningManifests.Scene(), null, Cancelled()));
        Assert.DoesNotContain(ManifestPipeline.LoadText(TestManifests.Tiny(), null, CancellationToken.None).Diagnostics, d => d.IsError);
    }

    [Fact]
    public void CompilingStopsWhenCancelled()
    {
        var show = ManifestPipeline.LoadText(TestManifests.Tiny()).Show;
        Assert.ThrowsAny<OperationCanceledException>(() => ShowCompiler.Compile(show, null, Cancelled()));
        Assert.True(ShowCompiler.Compile(show, null, CancellationToken.None).Duration > 0);
    }
}
