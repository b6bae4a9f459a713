using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Lessons;

/// <summary>
/// Plays beats on a scene: the caption, the changes together, then a hold. The first phase runs at
/// teaching speed, later phases faster; with a code panel, the beat's line lights up with its changes; with
/// <paramref name="panels"/>, the beat's variables and pointers change with it too. A beat never holds more
/// than 1.6 s, so nothing stands still for 2 s.
/// </summary>
public sealed class BeatPlayer(SceneBuilder scene, Func<Change, IEnumerable<JsonObject>> emit, string? infoId,
    Func<int, IEnumerable<JsonObject>>? line = null, Func<string, string>? infoFormat = null, LessonPanels? panels = null)
{
    public const double TeachingHold = 1.3;
    public const double FastHold = 0.55;

    /// <summary>The panel actions of a beat: its pseudocode line, its variables, its pointers (nothing for what already shows).</summary>
    private IEnumerable<JsonObject> Panels(Beat beat)
    {
        var lit = line is not null ? line(beat.Line) : panels is null ? Enumerable.Empty<JsonObject>() : panels.LineAt(beat.Line);
        if (panels is null) return lit;
        var vars = (beat.Vars ?? []).SelectMany(v => panels.Var(v.Name, v.Value));
        var pointers = (beat.Pointers ?? []).Where(p => panels.HasPointer(p.Name))
            .SelectMany(p => panels.Point(p.Name, p.At is null ? null : JsonValue.Create(p.At)));
        return lit.Concat(vars).Concat(pointers);
    }

    public void Play(IReadOnlyList<Beat> beats)
    {
        var phases = 0;
        foreach (var beat in beats)
        {
            if (beat.Phase)
            {
                if (++phases >= 2) scene.Speaking = false; // later phases run faster, shown without being said
                scene.Heading(beat.Caption);
                if (beat.Info is not null && infoId is not null) scene.SetText(infoId, infoFormat is null ? beat.Info : infoFormat(beat.Info));
                scene.Together(Panels(beat));
                scene.Pause(phases == 1 ? 0.8 : 0.5);
                continue;
            }
            var fast = phases >= 2;
            scene.Step(beat.Caption);
            if (beat.Info is not null && infoId is not null) scene.SetText(infoId, infoFormat is null ? beat.Info : infoFormat(beat.Info));
            var actions = Panels(beat).Concat(beat.Changes.SelectMany(emit)).ToList();
            scene.Together(actions);
            scene.Pause(fast ? FastHold : TeachingHold);
        }
    }
}
