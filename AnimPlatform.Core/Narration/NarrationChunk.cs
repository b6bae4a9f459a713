namespace AnimPlatform.Core.Narration;

/// <summary>One spoken chunk of a scene: its text, where its clip starts within the scene (seconds after the scene's start) and how long it speaks.</summary>
public sealed record NarrationChunk(string Text, double Offset, double Length, SpeechClip Clip)
{
    public double End => Offset + Length;
}
