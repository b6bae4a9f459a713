using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// Fitting a long narrated walkthrough: repetitions go unsaid first, headings and the first explanation in the teaching
/// stretch stay said, and when what is always said still overflows, the later steps run faster — never below
/// <see cref="WalkthroughPacing.MinSpeed"/> of their teaching speed.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class WalkthroughPacingTests
{
    private const double Step = 1.4;

    private static (JsonArray Timeline, HashSet<JsonObject> Headings) Walkthrough(int steps, int headingEvery)
    {
        var timeline = new JsonArray();
        var headings = new HashSet<JsonObject>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < steps; k++)
        {
            var entry = Act.Pause(Step);
            if (k % headingEvery == 0)
            {
                entry["say"] = $"Pass {k / headingEvery + 1}.";
                headings.Add(entry);
            }
            else entry["say"] = $"Compare {k} and {k + 1}, so swap them into the right order";
            timeline.Add(entry);
        }
        return (timeline, headings);
    }

    [Fact]
    public void Repetitions_go_unsaid_while_headings_and_the_first_explanation_stay()
    {
        var (timeline, headings) = Walkthrough(60, 6);
        WalkthroughPacing.FitSpeech(timeline, null, timeline.Count, headings);
        var entries = timeline.Select(e => (JsonObject)e!).ToList();
        Assert.All(headings, h => Assert.NotNull(h["say"]));
        Assert.NotNull(entries[1]["say"]); // the first explanation of its pattern, in the teaching stretch
        Assert.Contains(entries, e => e["say"] is null);
        Assert.True(WalkthroughPacing.NarratedSeconds(entries, null) <= WalkthroughPacing.MaxNarratedSeconds);
    }

    [Fact]
    public void When_what_is_always_said_overflows_the_later_steps_run_faster_down_to_the_floor()
    {
        // Every step a heading: nothing may go unsaid, and each heading takes longer to say than its step lasts.
        var (timeline, headings) = Walkthrough(150, 1);
        var speed = WalkthroughPacing.Compress(timeline, timeline.Count);
        Assert.InRange(speed, WalkthroughPacing.MinSpeed, 1);
        WalkthroughPacing.FitSpeech(timeline, null, timeline.Count, headings);
        var before = timeline.Sum(e => WalkthroughPacing.Length((JsonObject)e!));
        WalkthroughPacing.FitNarratedTime(timeline, null, timeline.Count, speed);
        var entries = timeline.Select(e => (JsonObject)e!).ToList();
        Assert.True(entries.Sum(WalkthroughPacing.Length) < before, "the later steps were not sped up");
        Assert.All(entries, e => Assert.True(WalkthroughPacing.Length(e) >= WalkthroughPacing.MinSpeed * Step - 0.002,
            $"a step lasts {WalkthroughPacing.Length(e)} s, under {WalkthroughPacing.MinSpeed} of {Step} s"));
        Assert.Equal(Step, WalkthroughPacing.Length(entries[0])); // the teaching stretch keeps its speed
    }

    [Fact]
    public void A_walkthrough_that_fits_is_left_as_it_is()
    {
        var (timeline, headings) = Walkthrough(10, 5);
        var before = timeline.ToJsonString();
        WalkthroughPacing.FitSpeech(timeline, null, timeline.Count, headings);
        WalkthroughPacing.FitNarratedTime(timeline, null, timeline.Count, WalkthroughPacing.Compress(timeline, timeline.Count));
        Assert.Equal(before, timeline.ToJsonString());
    }
}
