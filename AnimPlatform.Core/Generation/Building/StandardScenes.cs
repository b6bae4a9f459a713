namespace AnimPlatform.Core.Generation.Building;

/// <summary>
/// The scenes every generated video shares: intro (title, what it does, the input), the walkthrough
/// header (title + step caption + colour legend), recap (key ideas, complexity) and outro.
/// </summary>
public static class StandardScenes
{
    public const string TitleId = "title";
    public const string StepId = "step";

    /// <summary>Intro: title, subtitle, up to four lines of explanation and the input, then everything fades out.</summary>
    public static SceneBuilder Intro(ShowBuilder show, string subtitle, IReadOnlyList<string> lines, string input, string narration)
    {
        var s = show.Scene("intro", narration);
        s.Text("title", Theme.CenterX, 300, "bold 64px sans-serif", Theme.White)
         .Text("subtitle", Theme.CenterX, 390, "28px sans-serif", Theme.Subtle);
        var shown = lines.Take(4).ToList();
        for (var i = 0; i < shown.Count; i++) s.Text($"line{i}", Theme.CenterX, 510 + i * 62, Theme.BodyFont, "#d0d0ee");
        s.Text("input", Theme.CenterX, 820, "bold 28px monospace", Theme.Accent);

        s.Show("title", show.Title, 0.8).Pause(0.6)
         .Show("subtitle", subtitle, 0.6).Pause(1.2);
        for (var i = 0; i < shown.Count; i++) s.Show($"line{i}", Fmt.Wrap(shown[i], 90), 0.5).Pause(1.6);
        s.Show("input", Fmt.Wrap(input, 64), 0.5).Pause(2.5);
        return s.FadeOutAll();
    }

    /// <summary>Starts a walkthrough scene: title and step caption at the top, an optional colour legend at the bottom.</summary>
    public static SceneBuilder Walkthrough(ShowBuilder show, string name, string title, string narration,
        IReadOnlyList<(string Label, string PaletteName)>? legend = null)
    {
        // The steps are narrated one by one as they happen (say). Of the scene's own narration, the first sentence (what
        // we are about to do) opens the scene; the rest (the outcome) is said at its end, over the finished picture.
        var sentences = Narration.SubtitleChunker.Sentences(narration);
        var s = show.Scene(name, sentences.FirstOrDefault() ?? "");
        s.Speaking = true;
        s.SayAtEnd(string.Join(' ', sentences.Skip(1)));
        s.Text(TitleId, Theme.CenterX, 60, Theme.HeaderFont, Theme.White)
         .Text(StepId, Theme.CenterX, 128, Theme.StepFont, Theme.StepColor);
        var items = legend ?? [];
        const double spacing = 260;
        var x0 = Theme.CenterX - (items.Count - 1) * spacing / 2;
        for (var i = 0; i < items.Count; i++)
            s.Text($"legend{i}", x0 + i * spacing, 1035, "bold 20px sans-serif", Theme.LegendColor(items[i].PaletteName), "● " + items[i].Label);
        s.SetText(TitleId, title)
         .Together(new[] { Act.FadeIn(TitleId, 0.5), Act.FadeIn(StepId, 0.5) }.Concat(Enumerable.Range(0, items.Count).Select(i => Act.FadeIn($"legend{i}", 0.5))));
        return s;
    }

    /// <summary>Sets the step caption (instantly); while the scene is <see cref="SceneBuilder.Speaking"/>, the caption is also said, with the change it describes.</summary>
    public static SceneBuilder Step(this SceneBuilder s, string caption)
    {
        s.SetText(StepId, caption);
        if (s.Speaking) s.SayWithNext(SpokenText.Of(caption));
        return s;
    }

    /// <summary>Recap: key ideas one by one, then the complexity lines highlighted.</summary>
    public static SceneBuilder Recap(ShowBuilder show, IReadOnlyList<string> points, IReadOnlyList<string> complexity, string narration)
    {
        var s = show.Scene("recap", narration, "fade");
        s.Text("title", Theme.CenterX, 150, "bold 44px sans-serif", Theme.White);
        var shown = points.Take(4).ToList();
        for (var i = 0; i < shown.Count; i++) s.Text($"point{i}", Theme.CenterX, 290 + i * 80, "28px sans-serif", "#d0d0ee");
        var cx = complexity.Take(2).ToList();
        for (var i = 0; i < cx.Count; i++) s.Text($"cx{i}", Theme.CenterX, 700 + i * 70, "bold 32px sans-serif", Theme.Accent);

        s.Show("title", "Key ideas", 0.6).Pause(0.8);
        for (var i = 0; i < shown.Count; i++) s.Show($"point{i}", Fmt.Wrap($"{i + 1}. {shown[i]}", 84), 0.5).Pause(2.2);
        for (var i = 0; i < cx.Count; i++) s.Show($"cx{i}", cx[i], 0.6).Pause(1.8);
        s.Pause(1);
        return s.FadeOutAll();
    }

    /// <summary>Outro: a closing line and what generated the video.</summary>
    public static SceneBuilder Outro(ShowBuilder show, string closing, string credit, string narration)
    {
        var s = show.Scene("outro", narration);
        s.Text("closing", Theme.CenterX, 470, "bold 52px sans-serif", Theme.White)
         .Text("credit", Theme.CenterX, 570, "22px sans-serif", Theme.Muted);
        s.Show("closing", closing, 0.8).Pause(0.5).Show("credit", Fmt.Wrap(credit, 110), 0.5).Pause(2.5);
        return s.FadeOutAll(0.8);
    }
}
