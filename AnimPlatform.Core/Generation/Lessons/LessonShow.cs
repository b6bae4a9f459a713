using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Lessons;

/// <summary>The shape every lesson shares: intro → walkthrough → recap (with this run's result) → outro.</summary>
public static class LessonShow
{
    public static GeneratedShow Build(GeneratorInfo info, LessonText text, string inputLine, string walkTitle, string walkNarration,
        IReadOnlyList<(string Label, string PaletteName)> legend, Action<SceneBuilder> walkthrough, string result,
        string inputSummary, List<string> notes, object trace, string? title = null)
    {
        var show = new ShowBuilder(title ?? info.Title, info.Id);
        LessonScenes.Intro(show, text.Subtitle, [text.IntroLine], inputLine, text.IntroNarration);
        var s = StandardScenes.Walkthrough(show, "walkthrough", walkTitle, walkNarration, legend);
        walkthrough(s);
        LessonScenes.Recap(show, text.RecapPoints.Append(LessonScenes.ResultPrefix + result).ToList(), text.Complexity, text.RecapNarration);
        LessonScenes.Outro(show, info.Title, text.Idea);
        return new GeneratedShow(show.Build(), info.Id, info.Title, inputSummary, notes, trace);
    }

    /// <summary>
    /// The same shape with the pseudocode beside the picture: the walkthrough gets a code panel (the line each
    /// beat runs is lit), the variables panel under it when <paramref name="vars"/> are given, and the legend as a row under the
    /// diagram, clear of the subtitle band.
    /// </summary>
    public static GeneratedShow Build(GeneratorInfo info, LessonText text, string inputLine, string walkTitle, string walkNarration,
        IReadOnlyList<(string Label, string PaletteName)> legend, Pseudocode code, Action<SceneBuilder, LessonPanels> walkthrough, string result,
        string inputSummary, List<string> notes, object trace, string? title = null, IReadOnlyList<(string Name, string Value)>? vars = null)
    {
        SceneBuilder Walk(ShowBuilder show, string narration)
        {
            var s = StandardScenes.Walkthrough(show, "walkthrough", walkTitle, narration);
            var panels = new LessonPanels(s, code, vars ?? []);
            panels.Legend(legend);
            walkthrough(s, panels);
            return s;
        }

        var built = new ShowBuilder(title ?? info.Title, info.Id);
        LessonScenes.Intro(built, text.Subtitle, [text.IntroLine], inputLine, text.IntroNarration);
        Walk(built, walkNarration);
        LessonScenes.Recap(built, text.RecapPoints.Append(LessonScenes.ResultPrefix + result).ToList(), text.Complexity, text.RecapNarration);
        LessonScenes.Outro(built, info.Title, text.Idea);
        return new GeneratedShow(built.Build(), info.Id, info.Title, inputSummary, notes, trace);
    }
}
