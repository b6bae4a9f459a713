using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Building;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// "The first pass of a repetitive algorithm at teaching speed, later passes faster (a compare at most 1 s after the
/// first pass)": at the input caps, every step (from one caption to the next) of a pass after the first that starts
/// after the teaching stretch (<see cref="WalkthroughPacing.TeachingSeconds"/>) lasts at most 1 s, and the first pass's
/// steps take longer on average than the later ones. (Later-pass steps inside the teaching stretch run at 0.4× and
/// may last up to 1.5 s: a short lesson is not hurried.)
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class LaterPassPaceTests
{
    private static readonly GeneratorCatalog Catalog = new();

    public static TheoryData<string> Repetitive() =>
        new(NarratedLengthAtCapsTests.CapsPrompts().Where(p => p.Id.EndsWith("-sort", StringComparison.Ordinal) && p.Id != "topological-sort").Select(p => p.Prompt));

    [Theory]
    [MemberData(nameof(Repetitive))]
    public void After_the_first_pass_a_step_takes_at_most_one_second(string prompt)
    {
        var match = new TopicMatcher(Catalog).Match(prompt)!;
        var walkthrough = GenerationTestKit.Scene(match.Generator.Generate(match.Input, 7).Show, "walkthrough");
        var timeline = GenerationTestKit.Timeline(walkthrough).ToList();
        // Each caption's start (seconds into the scene) and the pass it belongs to (the headings before it, the walkthrough's name first).
        var t = 0.0;
        var pass = -1;
        var steps = new List<(double At, int Pass, string Caption)>();
        foreach (var entry in timeline)
        {
            foreach (var a in entry["parallel"] is JsonArray p ? p.Select(x => (JsonObject)x!) : [entry])
            {
                if ((string?)a["action"] != "set-text") continue;
                if ((string?)a["target"] == StandardScenes.TitleId)
                {
                    if ((string?)a["value"] == "Key ideas") goto done;
                    pass++;
                }
                else if ((string?)a["target"] == StandardScenes.StepId && (string?)a["value"] is { Length: > 0 }) steps.Add((t, pass, (string)a["value"]!));
            }
            t += WalkthroughPacing.Length(entry);
        }
        done:
        var lengths = steps.Zip(steps.Skip(1), (a, b) => (a.Pass, Seconds: b.At - a.At, Same: a.Pass == b.Pass, a.Caption, a.At)).Where(x => x.Same).ToList();
        var first = lengths.Where(x => x.Pass == 1).Select(x => x.Seconds).ToList();
        var later = lengths.Where(x => x.Pass >= 2).Select(x => x.Seconds).ToList();
        Assert.True(first.Count > 0 && later.Count > 0, $"{prompt}: {first.Count} steps in the first pass, {later.Count} later");
        var slow = lengths.Where(x => x.Pass >= 2 && x.At >= WalkthroughPacing.TeachingSeconds && x.Seconds > 1.0 + 1e-6).Select(x => $"{x.Seconds:0.00} s '{x.Caption}'").ToList();
        Assert.True(slow.Count == 0, $"{prompt}: {slow.Count} later steps last over 1 s:\n" + string.Join("\n", slow.Take(12)));
        Assert.True(first.Average() > later.Average(), $"{prompt}: first pass {first.Average():0.00} s a step, later {later.Average():0.00} s");
    }
}
