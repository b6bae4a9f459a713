namespace AnimPlatform.Core.Generation.Building;

/// <summary>
/// The walkthrough scene every generated video shares: its header (title + step caption + colour legend) and its
/// step captions (the intro, key ideas and outro around it are <see cref="LessonScenes"/>).
/// </summary>
public static class StandardScenes
{
    public const string TitleId = "title";
    public const string StepId = "step";

    /// <summary>Starts a walkthrough scene: title and step caption at the top, an optional colour legend at the bottom.</summary>
    public static SceneBuilder Walkthrough(ShowBuilder show, string name, string title, string narration,
        IReadOnlyList<(string Label, string PaletteName)>? legend = null)
    {
        // The steps are narrated one by one as they happen (say). Of the scene's own narration, the first sentence (what
        // we are about to do) opens the scene; the rest (the outcome) is said at its end, over the finished picture.
        // The intro's topic narration (show.Opening) is said first, over the picture as it opens; its line is the first caption.
        var sentences = Narration.SubtitleChunker.Sentences(narration);
        var opening = show.Opening;
        show.Opening = null;
        var first = sentences.FirstOrDefault() ?? "";
        var s = show.Scene(name, opening is { } o ? $"{o.Narration} {first}".Trim() : first, "none");
        s.Speaking = true;
        s.Paced = true;
        s.SayAtEnd(string.Join(' ', sentences.Skip(1)));
        s.Text(TitleId, Theme.CenterX, 60, Theme.HeaderFont, Theme.White)
         .Text(StepId, Theme.CenterX, 128, Theme.StepFont, Theme.StepColor);
        var items = legend ?? [];
        const double spacing = 260;
        var x0 = Theme.CenterX - (items.Count - 1) * spacing / 2;
        for (var i = 0; i < items.Count; i++)
            s.Text($"legend{i}", x0 + i * spacing, 1035, "bold 20px sans-serif", Theme.LegendColor(items[i].PaletteName), "● " + items[i].Label);
        s.SetText(TitleId, title);
        if (opening is { Caption.Length: > 0 } open) s.SetText(StepId, open.Caption).Opening(LessonScenes.ReadSeconds(open.Caption));
        s.Together(new[] { Act.FadeIn(TitleId, 0.5), Act.FadeIn(StepId, 0.5) }.Concat(Enumerable.Range(0, items.Count).Select(i => Act.FadeIn($"legend{i}", 0.5))));
        return s;
    }

    /// <summary>Sets the step caption (instantly); while the scene is <see cref="SceneBuilder.Speaking"/>, the caption is also said, with the change it describes.</summary>
    public static SceneBuilder Step(this SceneBuilder s, string caption)
    {
        s.AfterOpening().StepBoundary().SetText(StepId, caption);
        if (s.Speaking) s.SayWithNext(caption); // read as words there (SpokenText)
        return s;
    }

    /// <summary>
    /// Sets the title to the operation or phase that starts now and clears the step caption (instantly). In a walkthrough
    /// the heading is said ("push(5)" as "push 5.") even in a later pass shown without its steps being said, and never
    /// dropped to fit the time: with narration on, the new title waits until the previous step's sentence has been said.
    /// </summary>
    public static SceneBuilder Heading(this SceneBuilder s, string title)
    {
        s.AfterOpening().StepBoundary().SetText(TitleId, title).SetText(StepId, ""); // the previous operation's last caption goes with it
        if (s.Paced) s.SayWithNext(SpokenHeading(title), kept: true);
        return s;
    }

    /// <summary>A heading as a spoken sentence: capitalised, empty brackets dropped, the others read as spaces, a full stop at the end.</summary>
    public static string SpokenHeading(string title)
    {
        var words = title.Replace("()", "").Replace('(', ' ').Replace(')', ' ');
        words = string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (words.Length > 0) words = char.ToUpperInvariant(words[0]) + words[1..]; // a sentence: "push(5)" is said as "Push 5."
        return words.Length == 0 || char.IsPunctuation(words[^1]) && words[^1] != '"' ? words : words + ".";
    }
}
