namespace AnimPlatform.Core.Generation.Building;

/// <summary>
/// The short frame around a lesson's walkthrough, the way a teacher opens and closes a lesson:
/// a title card (the topic and what it does); the topic's intro said over the picture as the walkthrough opens
/// (its line is the walkthrough's first caption); the key ideas and the cost shown one by one in the caption
/// line over the finished picture at the end of the walkthrough; and an outro naming the topic and the one idea
/// to remember. Every text stays up at least <see cref="SecondsPerWord"/> a word; the title card and outro grow
/// with the walkthrough (<see cref="ShowBuilder.FrameShare"/>), so they stay a small share of the video and under 15 s.
/// Scenes cut (transition none) because each one fades its own objects out.
/// </summary>
public static class LessonScenes
{
    /// <summary>Reading time a word needs on screen.</summary>
    public const double SecondsPerWord = 0.25;

    /// <summary>Longest reading hold of the title card and of the outro.</summary>
    public const double MaxHoldSeconds = 5;

    /// <summary>Seconds to read <paramref name="texts"/> (at least one second).</summary>
    public static double ReadSeconds(params string[] texts) =>
        Math.Max(1.0, texts.Sum(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length) * SecondsPerWord);

    /// <summary>
    /// The title card (title and subtitle); the first of <paramref name="lines"/> and <paramref name="narration"/> open the
    /// walkthrough that follows. The input is what the walkthrough draws, so the card does not repeat it.
    /// </summary>
    public static SceneBuilder Intro(ShowBuilder show, string subtitle, IReadOnlyList<string> lines, string input, string narration)
    {
        var s = show.Scene("intro", show.Title + ".", "none");
        s.Text("title", Theme.CenterX, 470, "bold 72px sans-serif", Theme.White)
         .Text("subtitle", Theme.CenterX, 580, "34px sans-serif", Theme.Subtle);
        s.SetText("title", show.Title).SetText("subtitle", Fmt.Wrap(subtitle, 70))
         .Together(Act.FadeIn("title", 0.4), Act.FadeIn("subtitle", 0.4))
         .Hold(ReadSeconds(show.Title, subtitle), MaxHoldSeconds);
        show.Opening = (lines.Count > 0 ? lines[0] : "", narration);
        return s.FadeOutAll(0.3);
    }

    /// <summary>The start of the key idea that is this run's result (the last of a recap's points).</summary>
    public const string ResultPrefix = "Here: ";

    /// <summary>
    /// Key ideas over the finished picture: the walkthrough (the last scene) is reopened before its closing fade-out, its
    /// title becomes "Key ideas" and its caption line shows this run's result (the last point, "Here: …") while the
    /// walkthrough's closing sentence, which tells that outcome, is said — so it is not said twice —, then the topic's
    /// main points (at most two) and the cost, each as long as it takes to read and said as it appears; the recap
    /// narration is said with the cost. Then the picture fades out.
    /// </summary>
    public static SceneBuilder Recap(ShowBuilder show, IReadOnlyList<string> points, IReadOnlyList<string> complexity, string narration)
    {
        var s = show.Scenes[^1];
        var result = points.Count > 0 && points[^1].StartsWith(ResultPrefix, StringComparison.Ordinal) ? points[^1] : null;
        var main = (result is null ? points : points.Take(points.Count - 1)).Take(result is null ? 3 : 2).ToList();
        if (result is not null && s.HasClosing)
        {
            s.Reopen(Act.SetText(StandardScenes.TitleId, "Key ideas"), Act.SetText(StandardScenes.StepId, Fmt.Wrap(result, 90)));
            s.Pause(ReadSeconds(result));
        }
        else
        {
            s.Reopen(Act.SetText(StandardScenes.TitleId, "Key ideas"));
            if (result is not null) main.Insert(0, result);
        }
        s.Speaking = true;
        foreach (var point in main)
            s.Step(Fmt.Wrap(point, 90)).Pause(ReadSeconds(point));
        var cost = string.Join(" · ", complexity.Take(2));
        if (cost.Length > 0)
        {
            s.SetText(StandardScenes.StepId, cost);
            s.SayWithNext(narration.Length > 0 ? narration : cost);
            s.Pause(ReadSeconds(cost));
        }
        return s.FadeOutAll(0.5);
    }

    /// <summary>
    /// Outro: the topic's name and the one idea to remember, shown and said ("That's a binary heap. Remember: …").
    /// <paramref name="topic"/> is the topic as a sentence names it ("a binary heap", "Quick Sort").
    /// </summary>
    public static SceneBuilder Outro(ShowBuilder show, string topic, string idea)
    {
        var s = show.Scene("outro", $"That's {topic}. Remember: {idea}.", "none");
        s.Text("closing", Theme.CenterX, 460, "bold 56px sans-serif", Theme.White)
         .Text("idea", Theme.CenterX, 570, "30px sans-serif", "#d0d0ee");
        var remember = Fmt.Wrap("Remember: " + idea, 80);
        s.SetText("closing", show.Title).SetText("idea", remember)
         .Together(Act.FadeIn("closing", 0.4), Act.FadeIn("idea", 0.4))
         .Hold(ReadSeconds(show.Title, remember), MaxHoldSeconds);
        return s.FadeOutAll(0.4);
    }
}
