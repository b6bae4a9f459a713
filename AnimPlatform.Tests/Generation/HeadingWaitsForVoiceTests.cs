using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Pipeline;
using AnimPlatform.Tests.Narration;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// The title of a walkthrough names the operation or phase on screen ("Insert 60", "Pass 2"): when it changes, the
/// sentence about the previous step has been said. Spoken by the offline voice, for every topic's first example and
/// its input at the caps, no speech is running at the instant a title changes.
/// </summary>
[Trait("Category", TestCategory.Integration)]
[Collection(NarrationCollection.Name)]
public class HeadingWaitsForVoiceTests
{
    private static readonly GeneratorCatalog Catalog = new();

    public static IEnumerable<object[]> Prompts() =>
        Catalog.Generators.Select(g => g.Info.Examples[0]).Concat(NarratedLengthAtCapsTests.CapsPrompts().Select(p => p.Prompt))
            .Select(p => new object[] { p });

    [Fact]
    public async Task No_title_changes_while_the_previous_sentence_is_being_said()
    {
        using var cache = new TempDir();
        var pipeline = VideoPipeline.Create(new NarrationOptions { CacheDir = cache.Path });
        var matcher = new TopicMatcher(Catalog);
        var problems = new List<string>();
        var headings = 0;
        foreach (var prompt in Prompts().Select(p => (string)p[0]))
        {
            var match = matcher.Match(prompt)!;
            var doc = ManifestPipeline.FromNode(match.Generator.Generate(match.Input, 7).Show.DeepClone());
            Assert.True(doc.IsValid, $"{prompt}: " + string.Join("\n", doc.Errors));
            var narrated = await pipeline.PrepareAsync(doc.Show, NarrationRequest.On());
            foreach (var scene in narrated.Compiled.CompiledScenes.Where(s => s.Entry.Name == "walkthrough"))
            {
                var timeline = scene.Entry.Scene.Timeline;
                var changes = Enumerable.Range(1, timeline.Count - 1)
                    .Where(k => timeline[k] is ActionStep { Name: "set-text", Target: "title" }).Skip(1); // the first names the walkthrough
                foreach (var k in changes)
                {
                    headings++;
                    var at = scene.Run.EntryEnds[k - 1];
                    var title = ((ActionStep)timeline[k])["value"]?.ToString();
                    if (narrated.Cues.FirstOrDefault(c => c.Start < at - 0.05 && c.End > at + 0.05) is { } cue)
                        problems.Add($"{prompt}: title '{title}' at {at:0.00} s while '{cue.Text}' is said ({cue.Start:0.00}-{cue.End:0.00} s)");
                }
            }
        }
        Assert.True(headings > 100, $"only {headings} title changes seen");
        Assert.True(problems.Count == 0, $"{problems.Count} of {headings} title changes while speech runs:\n" + string.Join("\n", problems));
    }
}
