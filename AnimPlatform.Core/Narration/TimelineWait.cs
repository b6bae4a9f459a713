namespace AnimPlatform.Core.Narration;

/// <summary>
/// Pauses step narration adds around timeline entry <see cref="Entry"/> (its index in the scene's timeline):
/// <see cref="Before"/> so a <c>say</c> starts after the speech before it, <see cref="After"/> so the next
/// entry starts only once the <c>say</c> has been said. <see cref="Entry"/> is the say's own entry, or with
/// <c>sayScope: step</c> the first of the instant entries (the step's caption) that lead up to it.
/// </summary>
public sealed record TimelineWait(int Entry, double Before, double After);
