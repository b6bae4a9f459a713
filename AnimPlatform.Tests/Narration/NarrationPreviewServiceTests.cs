using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Pipeline;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Narration;

/// <summary>The Generate preview's narration: the track a narrated MP4 gets, as a WAV, cached by the manifest's hash.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class NarrationPreviewServiceTests : IDisposable
{
    // Scene 1 has 1.5 s of animation and 6 words of narration (1.8 s with the fake voice): it is padded.
    public const string Narrated = """
        {"meta":{"title":"Preview","canvas":{"width":320,"height":180}},"scenes":[
          {"name":"one","narration":"One two three. Four five six.","manifest":{"meta":{"title":"one"},
            "objects":[{"id":"t","type":"text","content":"A","position":{"x":160,"y":90}}],
            "timeline":[{"action":"fade-in","target":"t","duration":"0.5s"},{"action":"pause","duration":"1s"}]}},
          {"name":"two","transition":{"type":"fade","duration":"0.5s"},"manifest":{"meta":{"title":"two"},"objects":[],
            "timeline":[{"action":"pause","duration":"1s"}]}}]}
        """;

    private const string Silent = """
        {"meta":{"title":"Quiet","canvas":{"width":320,"height":180}},"objects":[],"timeline":[{"action":"pause","duration":"1s"}]}
        """;

    private readonly TempDir _cache = new();

    public void Dispose() => _cache.Dispose();

    public static (NarrationPreviewService Service, VideoPipeline Pipeline) Create(ISpeechSynthesizer engine, string cacheDir, NarrationPreviewCache? cache = null)
    {
        var options = new NarrationOptions { CacheDir = cacheDir };
        var pipeline = new VideoPipeline(new NarrationPlanner(new SpeechService([engine], new SpeechCache(cacheDir)), options));
        return (new NarrationPreviewService(pipeline, cache ?? new NarrationPreviewCache()), pipeline);
    }

    [Fact]
    public async Task The_wav_is_the_narrated_videos_track_and_lasts_its_frames()
    {
        var (service, pipeline) = Create(new FakeSynthesizer(), _cache.Path);
        var preview = await service.PrepareAsync(Narrated);

        Assert.True(preview.HasAudio);
        Assert.Equal(NarrationPreviewService.KeyOf(Narrated), preview.Key);
        Assert.True(NarrationPreviewService.IsKey(preview.Key));
        var wav = WavFile.Read(preview.Wav);
        Assert.Equal(PcmAudio.StandardRate, wav.SampleRate);
        var frames = preview.Prepared.Compiled.FrameCount(NarrationPreviewService.Fps);
        Assert.Equal((double)frames / NarrationPreviewService.Fps, preview.Seconds, 9);
        Assert.Equal(preview.Seconds, wav.Seconds, 3);
        // Padded for the speech: longer than the show without narration.
        Assert.True(preview.Prepared.Duration > ManifestPipeline.LoadText(Narrated).Show.Duration + 0.1, $"{preview.Prepared.Duration}");

        // The very samples a render builds from the same preparation.
        var prepared = await pipeline.PrepareAsync(ManifestPipeline.LoadText(Narrated).Show, NarrationRequest.On(SubtitleMode.None));
        var track = NarrationTrack.Build(prepared.Compiled, prepared.Plan!, (double)prepared.Compiled.FrameCount(30) / 30);
        Assert.Equal(track.Samples, wav.Samples);
        Assert.Contains(wav.Samples, s => s != 0);
    }

    [Fact]
    public async Task An_unchanged_manifest_comes_from_the_cache_and_an_edit_is_prepared_again()
    {
        var engine = new FakeSynthesizer();
        var (service, _) = Create(engine, _cache.Path);
        var first = await service.PrepareAsync(Narrated);
        var calls = engine.Calls;
        Assert.Same(first, await service.PrepareAsync(Narrated));
        Assert.Same(first.Wav, service.WavFor(first.Key));
        Assert.Equal(calls, engine.Calls);

        var edited = Narrated.Replace("Four five six.", "Four five six seven eight.");
        var second = await service.PrepareAsync(edited);
        Assert.NotEqual(first.Key, second.Key);
        Assert.True(second.Seconds > first.Seconds, $"{second.Seconds} vs {first.Seconds}");
        Assert.Null(service.WavFor(new string('0', 64)));
    }

    [Fact]
    public async Task A_show_without_narration_has_no_track_and_an_invalid_or_unspeakable_one_throws()
    {
        var engine = new FakeSynthesizer();
        var (service, _) = Create(engine, _cache.Path);
        var silent = await service.PrepareAsync(Silent);
        Assert.False(silent.HasAudio);
        Assert.Null(service.WavFor(silent.Key));

        await Assert.ThrowsAsync<ArgumentException>(() => service.PrepareAsync("""{"meta":{"title":"x"},"objects":[],"timeline":[{"action":"spin"}]}"""));

        engine.FailWith = new NarrationException(EspeakSynthesizer.InstallHint);
        var ex = await Assert.ThrowsAsync<NarrationException>(() => service.PrepareAsync(Narrated));
        Assert.Contains("espeak-ng", ex.Message);
    }

    [Fact]
    public async Task The_cache_keeps_the_most_recently_used_previews_within_its_bytes_and_count()
    {
        var (service, _) = Create(new FakeSynthesizer(), _cache.Path);
        var a = await service.PrepareAsync(Narrated);
        var b = await service.PrepareAsync(Narrated.Replace("Preview", "B"));
        var c = await service.PrepareAsync(Narrated.Replace("Preview", "C"));

        var byCount = new NarrationPreviewCache(maxBytes: 1L << 30, maxEntries: 2);
        byCount.Put(a);
        byCount.Put(b);
        Assert.Same(a, byCount.TryGet(a.Key)); // a is now the most recent: b goes
        byCount.Put(c);
        Assert.Equal(2, byCount.Count);
        Assert.Null(byCount.TryGet(b.Key));
        Assert.NotNull(byCount.TryGet(a.Key));

        var byBytes = new NarrationPreviewCache(maxBytes: a.Wav!.Length + b.Wav!.Length + 1, maxEntries: 10);
        byBytes.Put(a);
        byBytes.Put(b);
        byBytes.Put(c);
        Assert.Null(byBytes.TryGet(a.Key));
        Assert.True(byBytes.Bytes <= byBytes.MaxBytes);
        Assert.Equal(b.Wav.Length + c.Wav!.Length, byBytes.Bytes);

        var tiny = new NarrationPreviewCache(maxBytes: 100);
        tiny.Put(a);
        Assert.Equal(0, tiny.Count);
    }
}
