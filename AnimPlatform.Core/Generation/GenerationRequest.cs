namespace AnimPlatform.Core.Generation;

public enum GenerationMode
{
    /// <summary>A built-in generator when the topic matches one, otherwise AI when configured.</summary>
    Auto,
    /// <summary>Built-in generators only.</summary>
    BuiltIn,
    /// <summary>The AI provider only.</summary>
    Ai,
}

/// <summary>A user's request: free text (topic and input), how to generate, and the seed for random defaults.</summary>
public sealed record GenerationRequest(string Prompt, GenerationMode Mode = GenerationMode.Auto, int? Seed = null);
