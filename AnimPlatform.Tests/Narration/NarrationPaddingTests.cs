using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Narration;

namespace AnimPlatform.Tests.Narration;

[Trait("Category", TestCategory.Unit)]
public class NarrationPaddingTests
{
    [Theory]
    [InlineData(5.0, 4.6, 0, false)]     // within 0.5 s: no pause (the scene stretches to the speech instead)
    [InlineData(5.0, 4.5, 0, false)]
    [InlineData(5.0, 4.0, 2.0, false)]   // 5 - 4 + 1
    [InlineData(6.34, 3.0, 4.3, false)]  // rounded to 0.1 s
    [InlineData(40.0, 10.0, 15.0, true)] // capped
    public void Pause_is_speech_minus_animation_plus_one_second_capped_at_fifteen(double speech, double animation, double pause, bool capped)
    {
        Assert.Equal((pause, capped), NarrationPadding.Compute(speech, animation, 15));
    }

    private static SceneManifest Scene(string timelineJson)
    {
        var text = $$$"""{"meta":{"title":"s","canvas":{"width":320,"height":180}},"objects":[{"id":"t","type":"text","content":"x","position":{"x":10,"y":10}}],"timeline":{{{timelineJson}}}}""";
        var doc = ManifestPipeline.LoadText(text);
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        return doc.Show.Scenes[0].Scene;
    }

    [Fact]
    public void The_pause_goes_before_a_final_block_of_fade_outs()
    {
        var scene = Scene("""[{"action":"fade-in","target":"t","duration":"1s"},{"parallel":[{"action":"fade-out","target":"t","duration":"0.5s"}]}]""");
        var padded = NarrationPadding.Insert(scene, 2.5, "p");
        Assert.Equal(3, padded.Timeline.Count);
        var pause = Assert.IsType<ActionStep>(padded.Timeline[1]);
        Assert.Equal(("pause", 2.5, "2.5s"), (pause.Name, pause.Duration, (string?)pause["duration"]));
        Assert.IsType<ParallelBlock>(padded.Timeline[2]);
        Assert.Equal(scene.Duration + 2.5, padded.Duration, 9);
    }

    [Fact]
    public void Otherwise_the_pause_is_appended()
    {
        var scene = Scene("""[{"parallel":[{"action":"fade-out","target":"t","duration":"0.5s"},{"action":"fade-in","target":"t","duration":"0.5s"}]}]""");
        var padded = NarrationPadding.Insert(scene, 1.2, "p");
        Assert.Equal("pause", Assert.IsType<ActionStep>(padded.Timeline[^1]).Name);
        var single = Scene("""[{"action":"fade-out","target":"t","duration":"0.5s"}]""");
        Assert.Equal("pause", Assert.IsType<ActionStep>(NarrationPadding.Insert(single, 1.2, "p").Timeline[^1]).Name);
        Assert.Same(scene, NarrationPadding.Insert(scene, 0, "p"));
    }
}
