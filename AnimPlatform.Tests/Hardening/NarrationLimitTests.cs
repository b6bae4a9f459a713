using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Tests.Hardening;

/// <summary>Issue 14 item 9: narration limits and the 30-minute cap (pauses included) are checked when the document is prepared.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class NarrationLimitTests
{
    [Fact]
    public void TotalNarrationOverTheVideoLimitIsAnErrorAtValidation()
    {
        var text = new string('a', 4000) + ".";
        var scenes = Enumerable.Range(0, 6).Select(_ => (HardeningManifests.Scene(pauseSeconds: 400), (string?)text)).ToArray();
        var d = ManifestPipeline.FromNode(HardeningManifests.Show(scenes)).Diagnostics;
        Assert.Contains(d, x => x.IsError && x.Path == "scenes" && x.Message.Contains($"at most {ManifestLimits.MaxNarrationCharacters}"));
    }

    [Fact]
    public void PerSceneNarrationOverItsLimitIsAnErrorWithThePath()
    {
        var show = HardeningManifests.Show((HardeningManifests.Scene(), new string('b', ManifestLimits.MaxNarrationLength + 1)));
        var d = ManifestPipeline.FromNode(show).Diagnostics;
        Assert.Contains(d, x => x.IsError && x.Path == "scenes[0].narration");
    }

    [Fact]
    public void NarrationPausesCountTowardsTheThirtyMinuteCap()
    {
        // 29 min 50 s of animation: fine alone; 10 short scenes whose narration outlasts them push it over.
        (System.Text.Json.Nodes.JsonObject, string?)[] Scenes(bool narrate) =>
        [
            (HardeningManifests.Scene(pauseSeconds: 29 * 60 + 50 - 10), null),
            .. Enumerable.Range(0, 10).Select(_ => (HardeningManifests.Scene(pauseSeconds: 1), narrate ? new string('c', 300) + "." : null)),
        ];
        var alone = ManifestPipeline.FromNode(HardeningManifests.Show(Scenes(false))).Diagnostics;
        Assert.DoesNotContain(alone, x => x.IsError && x.Message.Contains("minutes are allowed"));

        var narrated = ManifestPipeline.FromNode(HardeningManifests.Show(Scenes(true))).Diagnostics;
        Assert.Contains(narrated, x => x.IsError && x.Path == "scenes" && x.Message.Contains("narration pauses") && x.Message.Contains("30 minutes"));
    }

    [Fact]
    public void EstimateFollowsThePaddingRule()
    {
        var scene = new AnimPlatform.Core.Manifest.Model.SceneEntry(0, "s", AnimPlatform.Core.Manifest.Model.TransitionSpec.None,
            new string('d', 150), ManifestPipeline.FromNode(HardeningManifests.Scene(pauseSeconds: 2)).Show.Scenes[0].Scene);
        // 150 characters ≈ 10 s of speech over 2 s of animation: pause = 10 − 2 + 1 = 9 s.
        Assert.Equal(9, NarrationEstimate.ExtraSeconds(scene), 1);
        Assert.Equal(0, NarrationEstimate.ExtraSeconds(scene with { Narration = null }));
    }
}
