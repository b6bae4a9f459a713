using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Pipeline;
using AnimPlatform.Tests.Narration;
using AnimPlatform.Tests.Support;
using Xunit.Abstractions;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// "Whole video at most ~3 minutes at the input caps": every generator, given an input at its caps (CapsPrompts.tsv:
/// the most values, nodes, edges or operations it takes, in the order that makes its algorithm work hardest), makes a
/// show that lasts at most <see cref="MaxSeconds"/> with the narration spoken by the offline voice (espeak-ng, the
/// default), whose pauses lengthen every step until it has been said.
/// </summary>
[Trait("Category", TestCategory.Integration)]
[Collection(NarrationCollection.Name)]
public class NarratedLengthAtCapsTests(ITestOutputHelper output)
{
    public const double MaxSeconds = 190;

    private static readonly GeneratorCatalog Catalog = new();

    public static IReadOnlyList<(string Id, string Prompt)> CapsPrompts() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Generation", "CapsPrompts.tsv"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1]))
            .ToList();

    [Fact]
    public void Every_generator_has_a_prompt_at_its_caps()
    {
        var ids = CapsPrompts().Select(p => p.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Empty(Catalog.Generators.Select(g => g.Info.Id).Except(ids));
    }

    [Fact]
    public async Task Every_lesson_at_its_caps_lasts_at_most_about_three_minutes_narrated()
    {
        using var cache = new TempDir();
        var pipeline = VideoPipeline.Create(new NarrationOptions { CacheDir = cache.Path });
        var matcher = new TopicMatcher(Catalog);
        var tooLong = new List<string>();
        foreach (var (id, prompt) in CapsPrompts())
        {
            var match = matcher.Match(prompt);
            Assert.True(match is not null && match.Generator.Info.Id == id, $"'{prompt}' picks {match?.Generator.Info.Id ?? "nothing"}, not {id}");
            var generated = match!.Generator.Generate(match.Input, 7);
            // A prompt that was cut to the caps would not be at them: nothing may have been dropped.
            Assert.DoesNotContain(generated.Notes, n => n.Contains("only the first", StringComparison.OrdinalIgnoreCase) || n.Contains("cut to", StringComparison.OrdinalIgnoreCase));
            var doc = ManifestPipeline.FromNode(generated.Show.DeepClone());
            Assert.True(doc.IsValid, $"{id}: " + string.Join("\n", doc.Errors));
            var silent = doc.Show.Duration;
            var narrated = await pipeline.PrepareAsync(doc.Show, NarrationRequest.On());
            Assert.True(narrated.HasAudio, $"{id}: no speech");
            output.WriteLine($"{id,-18} silent {silent,6:0.0} s, narrated {narrated.Duration,6:0.0} s  '{prompt}'");
            if (narrated.Duration > MaxSeconds) tooLong.Add($"{id}: {narrated.Duration:0} s narrated ('{prompt}')");
        }
        Assert.Empty(tooLong);
    }
}
