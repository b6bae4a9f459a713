using AnimPlatform.Core.Pipeline;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Video;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Narration;

/// <summary>One 3-scene inline show rendered once with the offline voice (espeak-ng), shared by the tests that inspect it.</summary>
public sealed class NarratedShowFixture : IAsyncLifetime
{
    public const string Yaml = """
        meta: { title: Narrated, canvas: { width: 320, height: 180, background: "#101020" } }
        scenes:
          - name: intro
            narration: "Sorting puts things in order. Let us watch it happen, one step at a time."
            manifest:
              meta: { title: intro }
              objects:
                - { id: t, type: text, content: "Intro", position: { x: 160, y: 40 }, style: { font: "bold 20px sans-serif", color: "#ffffff" } }
                - { id: foot, type: text, content: "footer note", position: { x: 160, y: 165 }, style: { font: "12px sans-serif", color: "#ffcc00" } }
              timeline:
                - { parallel: [ { action: fade-in, target: t, duration: 0.5s }, { action: fade-in, target: foot, duration: 0.5s } ] }
                - { action: pause, duration: 1s }
                - { parallel: [ { action: fade-out, target: t, duration: 0.3s }, { action: fade-out, target: foot, duration: 0.3s } ] }
          - name: middle
            transition: { type: crossfade, duration: 0.6s }
            manifest:
              meta: { title: middle }
              objects:
                - { id: m, type: text, content: "No words here", position: { x: 160, y: 50 }, style: { font: "16px sans-serif", color: "#ffffff" } }
              timeline:
                - { action: fade-in, target: m, duration: 0.4s }
                - { action: pause, duration: 1.5s }
          - name: outro
            transition: { type: fade, duration: 0.4s }
            narration: "That is all. Goodbye!"
            manifest:
              meta: { title: outro }
              objects:
                - { id: o, type: text, content: "Outro", position: { x: 160, y: 60 }, style: { font: "bold 20px sans-serif", color: "#ffffff" } }
              timeline:
                - { action: fade-in, target: o, duration: 0.5s }
                - { action: pause, duration: 2.5s }
        """;

    private readonly TempDir _dir = new();

    public ShowDocument Show { get; private set; } = null!;
    public NarrationOptions Options { get; private set; } = null!;
    public VideoPipeline Renderer { get; private set; } = null!;
    public NarratedShow Prepared { get; private set; } = null!;
    public RenderedVideo Result { get; private set; } = null!;
    public List<string> Stages { get; } = [];
    public string Video => Result.VideoPath;

    public async Task InitializeAsync()
    {
        var doc = ManifestPipeline.LoadText(Yaml);
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        Show = doc.Show;
        Options = new NarrationOptions { CacheDir = _dir.File("cache") };
        Renderer = VideoPipeline.Create(Options);
        var progress = new InlineProgress<RenderStageProgress>(p =>
        {
            if (Stages.Count == 0 || Stages[^1] != p.Label) Stages.Add(p.Label);
        });
        Prepared = await Renderer.PrepareAsync(Show, NarrationRequest.On(), progress);
        Result = await VideoPipeline.EncodeAsync(Prepared, _dir.File("narrated.mp4"), new VideoOptions { Preset = "ultrafast" }, progress);
    }

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>IProgress that reports on the caller's thread, in order.</summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
