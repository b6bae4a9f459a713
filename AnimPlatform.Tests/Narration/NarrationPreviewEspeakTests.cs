using AnimPlatform.Core.Narration;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Narration;

/// <summary>The preview's narration with the offline voice itself (espeak-ng), as the page gets it by default.</summary>
[Trait("Category", TestCategory.Integration)]
[Collection(NarrationCollection.Name)]
public sealed class NarrationPreviewEspeakTests : IDisposable
{
    private readonly TempDir _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task Espeak_speaks_the_preview_track_as_long_as_the_narrated_video()
    {
        var options = new NarrationOptions { CacheDir = _cache.Path };
        var service = new NarrationPreviewService(Core.Pipeline.VideoPipeline.Create(options), new NarrationPreviewCache());
        var preview = await service.PrepareAsync(NarrationPreviewServiceTests.Narrated);

        var wav = WavFile.Read(preview.Wav);
        Assert.Equal(preview.Seconds, wav.Seconds, 3);
        Assert.Equal((double)preview.Prepared.Compiled.FrameCount(30) / 30, wav.Seconds, 3);
        var speech = preview.Prepared.Plan!.Scenes.Single().Chunks;
        Assert.NotEmpty(speech);
        // Sound where the first chunk is, silence after the narrated scene's end.
        var scene = preview.Prepared.Compiled.Scenes[0];
        var start = (int)((scene.Start + speech[0].Offset) * wav.SampleRate);
        var end = (int)((scene.Start + speech[0].End) * wav.SampleRate);
        Assert.Contains(wav.Samples[start..end], s => Math.Abs((int)s) > 1000);
        Assert.All(wav.Samples[(int)Math.Ceiling(scene.End * wav.SampleRate)..], s => Assert.Equal(0, s));
    }
}
