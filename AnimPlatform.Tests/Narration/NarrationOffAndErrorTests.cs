using AnimPlatform.Core.Pipeline;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Narration;

[Trait("Category", TestCategory.Integration)]
[Collection(NarrationCollection.Name)]
public class NarrationOffAndErrorTests
{
    private static Core.Manifest.Model.ShowDocument Show()
    {
        var doc = ManifestPipeline.LoadText(NarratedShowFixture.Yaml);
        Assert.True(doc.IsValid);
        return doc.Show;
    }

    [Fact]
    public async Task Without_espeak_ng_narration_fails_with_the_package_to_install_and_silent_renders_still_work()
    {
        using var dir = new TempDir();
        var renderer = VideoPipeline.Create(new NarrationOptions { EspeakPath = dir.File("no-such-espeak-ng"), CacheDir = dir.File("cache") });
        var error = await Assert.ThrowsAsync<NarrationException>(() => renderer.RenderAsync(Show(), dir.File("n.mp4"), new VideoOptions { Preset = "ultrafast" }, NarrationRequest.On()));
        Assert.Equal("espeak-ng is not installed: apt-get install -y espeak-ng", error.Message);
        Assert.False(File.Exists(dir.File("n.mp4")));

        var silent = await renderer.RenderAsync(Show(), dir.File("s.mp4"), new VideoOptions { Preset = "ultrafast" }, NarrationRequest.Off);
        Assert.False(silent.HasAudio);
        var info = FfprobeInfo.Read(silent.VideoPath);
        Assert.False(info.HasAudio);
        Assert.Equal(Show().Duration, silent.Duration, 9);
        Assert.Null(silent.SrtPath);
    }

    [Fact]
    public async Task A_cancelled_narrated_render_leaves_no_files()
    {
        using var dir = new TempDir();
        var output = dir.File("out");
        Directory.CreateDirectory(output);
        var renderer = VideoPipeline.Create(new NarrationOptions { CacheDir = dir.File("cache") });
        using var cancel = new CancellationTokenSource();
        var progress = new InlineProgress<RenderStageProgress>(p =>
        {
            if (p.Stage == RenderStage.Rendering && p.Frames?.FramesDone > 10) cancel.Cancel();
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => renderer.RenderAsync(Show(), Path.Combine(output, "v.mp4"),
            new VideoOptions { Preset = "ultrafast", ConstantFrameRate = true }, NarrationRequest.On(), progress, cancel.Token));
        Assert.Empty(Directory.GetFiles(output));
    }

    [Fact]
    public async Task Narration_off_changes_neither_durations_nor_frames()
    {
        var show = Show();
        var plain = ShowCompiler.Compile(show);
        var prepared = await VideoPipeline.Create(new NarrationOptions()).PrepareAsync(show, NarrationRequest.Off);
        Assert.Null(prepared.Plan);
        Assert.Equal(show.Duration, prepared.Duration);
        Assert.Equal(plain.Duration, prepared.Duration);
        Assert.Empty(prepared.Cues);
        foreach (var t in new[] { 0.3, 1.0, 2.2, 3.5, 5.9 })
        {
            using var a = TestRender.Frame(plain, t);
            using var b = TestRender.Frame(prepared.Compiled, t);
            Assert.Equal(TestRender.Hash(a), TestRender.Hash(b));
        }
    }

    [Fact]
    public void The_services_resolve_from_dependency_injection()
    {
        using var dir = new TempDir();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddNarration(o => o.CacheDir = dir.Path);
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        var renderer = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<VideoPipeline>(provider);
        Assert.Equal(dir.Path, renderer.Planner.Speech.Cache.Directory);
    }

    [Fact]
    public void Bad_settings_are_reported_by_name()
    {
        var options = new NarrationOptions { Engine = "cloud", WordsPerMinute = 20 };
        var problems = options.Problems().ToList();
        Assert.Contains(problems, p => p.StartsWith("TTS_ENGINE"));
        Assert.Contains(problems, p => p.StartsWith("TTS_WPM"));
        Assert.Throws<NarrationException>(() => SpeechService.Create(options));
    }
}
