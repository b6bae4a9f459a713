namespace AnimPlatform.Core.Narration;

/// <summary>One spoken chunk of a scene (of its narration or of an entry's say): its text, where its clip starts within the scene (seconds after the scene's start) and how long it speaks.</summary>
public sealed record NarrationChunk(string Text, double Offset, double Length, SpeechClip Clip)
{
    public double End => Offset + Length;

    /// <summary>The timeline entry (index) whose <c>say</c> this chunk speaks; null for the scene's <c>narration</c>.</summary>
    public int? Entry { get; init; }
}
