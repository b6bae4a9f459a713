using AnimPlatform.Core.Generation.Building;

namespace AnimPlatform.Core.Generation.Lessons;

/// <summary>
/// Plays beats on a scene: the caption, the changes together, then a hold. The first phase runs at
/// teaching speed, later phases faster; with a code panel, the beat's line lights up with its changes; a beat never holds more than 1.6 s, so nothing stands still for 2 s.
/// </summary>
public sealed class BeatPlayer(SceneBuilder scene, Func<Change, IEnumerable<System.Text.Json.Nodes.JsonObject>> emit, string? infoId,
    Func<int, IEnumerable<System.Text.Json.Nodes.JsonObject>>? line = null, Func<string, string>? infoFormat = null)
{
    public const double TeachingHold = 1.3;
    public const double FastHold = 0.55;

    public void Play(IReadOnlyList<Beat> beats)
    {
        var phases = 0;
        foreach (var beat in beats)
        {
            if (beat.Phase)
            {
                phases++;
                scene.SetText(StandardScenes.TitleId, beat.Caption);
                if (beat.Info is not null && infoId is not null) scene.SetText(infoId, infoFormat is null ? beat.Info : infoFormat(beat.Info));
                scene.Pause(phases == 1 ? 0.8 : 0.5);
                continue;
            }
            var fast = phases >= 2;
            if (fast) scene.Speaking = false; // later phases run faster, shown without being said
            scene.Step(beat.Caption);
            if (beat.Info is not null && infoId is not null) scene.SetText(infoId, infoFormat is null ? beat.Info : infoFormat(beat.Info));
            var actions = (line is null ? [] : line(beat.Line)).Concat(beat.Changes.SelectMany(emit)).ToList();
            scene.Together(actions);
            scene.Pause(fast ? FastHold : TeachingHold);
        }
    }
}
