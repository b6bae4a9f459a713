using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Pipeline;
using AnimPlatform.Tests.Narration;
using AnimPlatform.Tests.Support;
using Xunit.Abstractions;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// The lesson frame of the video people watch, the narrated one: for every topic's first example, spoken by the offline
/// voice (whose pauses lengthen every step until it has been said), the intro, recap and outro together take at most
/// 15 s and at most 20 % of the video. <see cref="LessonShapeTests"/> checks the same of the silent timeline.
/// </summary>
[Trait("Category", TestCategory.Integration)]
[Collection(NarrationCollection.Name)]
public class NarratedLessonFrameTests(ITestOutputHelper output)
{
    private static readonly GeneratorCatalog Catalog = new();

    [Fact]
    public async Task Intro_recap_and_outro_stay_short_when_narrated()
    {
        using var cache = new TempDir();
        var pipeline = VideoPipeline.Create(new NarrationOptions { CacheDir = cache.Path });
        var matcher = new TopicMatcher(Catalog);
        var problems = new List<string>();
        foreach (var generator in Catalog.Generators)
        {
            var example = generator.Info.Examples[0];
            var match = matcher.Match(example)!;
            var doc = ManifestPipeline.FromNode(generator.Generate(match.Input, 7).Show.DeepClone());
            Assert.True(doc.IsValid, $"{example}: " + string.Join("\n", doc.Errors));
            var narrated = await pipeline.PrepareAsync(doc.Show, NarrationRequest.On());
            var scenes = narrated.Compiled.Scenes;
            Assert.Contains(scenes, s => s.Name == "walkthrough");
            var walk = scenes.Where(s => s.Name == "walkthrough").Sum(s => s.End - s.Start);
            var total = narrated.Duration;
            var frame = total - walk;
            output.WriteLine($"{generator.Info.Id,-18} {total,6:0.0} s narrated, walkthrough {walk / total,4:P0}, frame {frame,4:0.0} s  '{example}'");
            if (frame > 15 || frame / total > 0.2 + 1e-9)
                problems.Add($"{example}: intro+recap+outro take {frame:0.0} s of {total:0.0} s ({frame / total:P0}) narrated");
        }
        Assert.Empty(problems);
    }
}
