using AnimPlatform.Core.Generation.Building;

namespace AnimPlatform.Core.Generation.Lessons;

/// <summary>The shape every lesson shares: intro → walkthrough → recap (with this run's result) → outro.</summary>
public static class LessonShow
{
    public static GeneratedShow Build(GeneratorInfo info, LessonText text, string inputLine, string walkTitle, string walkNarration,
        IReadOnlyList<(string Label, string PaletteName)> legend, Action<SceneBuilder> walkthrough, string result,
        string inputSummary, List<string> notes, object trace, string? title = null)
    {
        // Measure the walkthrough on a scratch show first, so the frame scenes can be sized to it.
        var scratch = new ShowBuilder(title ?? info.Title, info.Id);
        var probe = StandardScenes.Walkthrough(scratch, "walkthrough", walkTitle, walkNarration, legend);
        walkthrough(probe);
        var scale = LessonScenes.ScaleFor(probe.Duration);

        var show = new ShowBuilder(title ?? info.Title, info.Id);
        LessonScenes.Intro(show, text.Subtitle, [text.IntroLine], inputLine, text.IntroNarration, scale);
        var s = StandardScenes.Walkthrough(show, "walkthrough", walkTitle, walkNarration, legend);
        walkthrough(s);
        LessonScenes.Recap(show, text.RecapPoints.Append("Here: " + result).ToList(), text.Complexity, text.RecapNarration, scale);
        LessonScenes.Outro(show, text.Idea, $"That's {info.Title}. Remember: {text.Idea}.", scale);
        return new GeneratedShow(show.Build(), info.Id, info.Title, inputSummary, notes, trace);
    }
}
