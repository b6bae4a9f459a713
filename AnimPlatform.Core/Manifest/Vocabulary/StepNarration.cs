namespace AnimPlatform.Core.Manifest.Vocabulary;

/// <summary>
/// Step narration: the <c>say</c> field every top-level timeline entry (an action or a parallel block) may
/// carry, and the <c>meta.sayCaptions</c> switch. Its docs, the AI reference line and the validator's limits
/// come from here (<see cref="VocabularyRegistry.EntryFields"/>, <see cref="VocabularyRegistry.MetaFields"/>).
/// </summary>
public static class StepNarration
{
    public const string SayField = "say";
    public const string CaptionsField = "sayCaptions";

    /// <summary>Characters of one <c>say</c>; all <c>say</c>s count into the narration limits too.</summary>
    public const int MaxSayLength = 1_000;

    public static FieldSpec Say { get; } = FieldSpec.Opt(SayField, FieldType.String,
        "a sentence spoken as the entry starts when narration is on; the next entry waits until it has been said "
        + "(the entry lasts at least its speech) and its subtitle covers exactly that speech. "
        + $"Only on top-level entries (put it on the parallel block, not inside). At most {MaxSayLength} characters; "
        + "counts into the narration limits. Narration off: ignored, or a caption with meta.sayCaptions");

    public static FieldSpec Captions { get; } = FieldSpec.Opt(CaptionsField, FieldType.Boolean,
        "with narration off, draw each say as a caption from its entry's start until the next say (or the scene's end); "
        + "the timing stays the manifest's own. Inherited from the show's meta", "false");

    /// <summary>The AI reference's paragraph about step narration.</summary>
    public const string AiNote =
        "Any top-level timeline entry (an action or a parallel block) may carry `say: \"…\"`: one short sentence spoken "
        + "as the entry starts; the next entry waits until it has been said. Prefer `say` on the steps that matter "
        + "over a long scene `narration`; do not put `say` inside a parallel block's actions.";
}
