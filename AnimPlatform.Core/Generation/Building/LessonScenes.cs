namespace AnimPlatform.Core.Generation.Building;

/// <summary>
/// The short frame around a lesson's walkthrough: a few-second intro (topic, what it does, the input), a
/// recap (the key ideas and the cost, all at once) and an outro naming the topic and the one idea to
/// remember. Together they stay well under 15 s so the walkthrough is most of the video. Scenes cut
/// (transition none) because each one fades its own objects out.
/// </summary>
public static class LessonScenes
{
    public const double IntroSeconds = 3.2;
    public const double RecapSeconds = 4.2;
    public const double OutroSeconds = 2.6;

    /// <summary>
    /// How long the frame scenes hold, as a share of their full length: a short walkthrough gets a shorter
    /// frame (never under half), so the walkthrough stays most of the video. Generators that do not measure
    /// their walkthrough first get the compact frame (scale 0.5).
    /// </summary>
    public static double ScaleFor(double walkthroughSeconds) =>
        Math.Clamp(walkthroughSeconds * 0.21 / (IntroSeconds + RecapSeconds + OutroSeconds + 0.8), 0.5, 1.0);

    public static SceneBuilder Intro(ShowBuilder show, string subtitle, IReadOnlyList<string> lines, string input, string narration, double scale = 0.5)
    {
        var s = show.Scene("intro", narration, "none");
        s.Text("title", Theme.CenterX, 330, "bold 64px sans-serif", Theme.White)
         .Text("subtitle", Theme.CenterX, 430, "32px sans-serif", Theme.Subtle)
         .Text("line0", Theme.CenterX, 540, Theme.BodyFont, "#d0d0ee")
         .Text("input", Theme.CenterX, 680, "bold 30px monospace", Theme.Accent);
        s.SetText("title", show.Title).SetText("subtitle", subtitle)
         .SetText("line0", lines.Count > 0 ? Fmt.Wrap(lines[0], 80) : "")
         .SetText("input", Fmt.Wrap(input, 64))
         .Together(Act.FadeIn("title", 0.5), Act.FadeIn("subtitle", 0.5))
         .Together(Act.FadeIn("line0", 0.4), Act.FadeIn("input", 0.4))
         .Pause(IntroSeconds * scale - 1.3);
        return s.FadeOutAll(0.4);
    }

    public static SceneBuilder Recap(ShowBuilder show, IReadOnlyList<string> points, IReadOnlyList<string> complexity, string narration, double scale = 0.5)
    {
        var s = show.Scene("recap", narration, "none");
        s.Text("title", Theme.CenterX, 220, "bold 44px sans-serif", Theme.White);
        // The topic's two main ideas plus this run's figures (the last point) when there are more.
        var shown = points.Count <= 3 ? points.ToList() : points.Take(2).Append(points[^1]).ToList();
        for (var i = 0; i < shown.Count; i++) s.Text($"point{i}", Theme.CenterX, 340 + i * 90, "30px sans-serif", "#d0d0ee");
        var cx = complexity.Take(2).ToList();
        for (var i = 0; i < cx.Count; i++) s.Text($"cx{i}", Theme.CenterX, 680 + i * 64, "bold 32px sans-serif", Theme.Accent);
        s.SetText("title", "Key ideas");
        for (var i = 0; i < shown.Count; i++) s.SetText($"point{i}", Fmt.Wrap($"{i + 1}. {shown[i]}", 84));
        for (var i = 0; i < cx.Count; i++) s.SetText($"cx{i}", cx[i]);
        s.FadeIn("title", 0.4)
         .Together(Enumerable.Range(0, shown.Count).Select(i => Act.FadeIn($"point{i}", 0.5)))
         .Together(Enumerable.Range(0, cx.Count).Select(i => Act.FadeIn($"cx{i}", 0.4)))
         .Pause(RecapSeconds * scale - 1.7);
        return s.FadeOutAll(0.4);
    }

    /// <summary>Outro: the topic's name and the one idea to remember.</summary>
    public static SceneBuilder Outro(ShowBuilder show, string idea, string narration, double scale = 0.5)
    {
        var s = show.Scene("outro", narration, "none");
        s.Text("closing", Theme.CenterX, 460, "bold 56px sans-serif", Theme.White)
         .Text("idea", Theme.CenterX, 570, "30px sans-serif", "#d0d0ee");
        s.SetText("closing", show.Title).SetText("idea", Fmt.Wrap("Remember: " + idea, 80))
         .FadeIn("closing", 0.5).FadeIn("idea", 0.4).Pause(OutroSeconds * scale - 1.4);
        return s.FadeOutAll(0.5);
    }
}
