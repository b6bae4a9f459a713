namespace AnimPlatform.Core.Narration;

/// <summary>Narration could not be produced (no speech engine, engine failure, unusable settings); the message says why and what to do.</summary>
public sealed class NarrationException(string message, Exception? inner = null) : Exception(message, inner);
