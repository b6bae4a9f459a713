namespace AnimPlatform.Core.Generation.Lessons;

/// <summary>What a lesson says around its walkthrough: intro, recap, the one idea for the outro.</summary>
public sealed record LessonText(
    string Subtitle,
    string IntroLine,
    string IntroNarration,
    IReadOnlyList<string> RecapPoints,
    IReadOnlyList<string> Complexity,
    string RecapNarration,
    string Idea);
