using System.Globalization;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// The padding rule (spec §12.3, issue 7): when a scene's speech outlasts its animation by more than 0.5 s,
/// a pause of (speech − animation + 1 s), capped, rounded to 0.1 s, goes before a final parallel block made
/// only of fade-outs (so objects stay visible while the voice talks about them), else at the end.
/// </summary>
public static class NarrationPadding
{
    public const double Tolerance = 0.5;
    public const double Extra = 1.0;

    /// <summary>The pause to add (0 for none), and whether the cap left it shorter than the rule asked.</summary>
    public static (double Pause, bool Capped) Compute(double speech, double animation, double maxPause)
    {
        if (speech <= animation + Tolerance) return (0, false);
        var wanted = speech - animation + Extra;
        var pause = Math.Round(Math.Min(wanted, maxPause), 1, MidpointRounding.AwayFromZero);
        return (pause, wanted > maxPause);
    }

    public static SceneManifest Insert(SceneManifest scene, double pause, string path)
    {
        if (pause <= 0) return scene;
        var text = pause.ToString("0.0", CultureInfo.InvariantCulture) + "s";
        var step = new ActionStep(path, "pause", new JsonObject { ["action"] = "pause", ["duration"] = text }, pause);
        var timeline = scene.Timeline.ToList();
        if (timeline.Count > 0 && timeline[^1] is ParallelBlock { Actions.Count: > 0 } last && last.Actions.All(a => a.Name == "fade-out"))
            timeline.Insert(timeline.Count - 1, step);
        else
            timeline.Add(step);
        return scene with { Timeline = timeline };
    }
}
