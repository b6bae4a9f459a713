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
    public const string ScopeField = "sayScope";

    /// <summary>The values of <c>meta.sayScope</c>: what one <c>say</c> narrates.</summary>
    public const string EntryScope = "entry", StepScope = "step";

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

    public static FieldSpec Scope { get; } = FieldSpec.Opt(ScopeField, FieldType.String,
        "extension, what one say narrates when narration is on: entry (its own entry: the next entry waits until it has been said) "
        + "or step (its entry and the entries after it up to the next say, which play while it is spoken: the voice and every change "
        + "it describes run together, and the next say's entry, with the instant changes just before it such as its caption, waits until it has been said). Inherited from the show's meta", EntryScope);

    /// <summary>The AI reference's paragraph about step narration.</summary>
    public const string AiNote =
        "Any top-level timeline entry (an action or a parallel block) may carry `say: \"…\"`: one short sentence spoken "
        + "as the entry starts; the next entry waits until it has been said. Prefer `say` on the steps that matter "
        + "over a long scene `narration`; do not put `say` inside a parallel block's actions.";
}
