namespace AnimPlatform.Core.Generation;

/// <summary>
/// A built-in generator: runs the real algorithm on the input read from the prompt (or a seeded random
/// input when the prompt has none) and emits an inline show from its actual steps.
/// </summary>
public interface IShowGenerator
{
    GeneratorInfo Info { get; }

    /// <summary>
    /// Builds the show. <paramref name="input"/> is the prompt with the topic words removed.
    /// Throws <see cref="GeneratorInputException"/> with a readable message when the input does not parse.
    /// </summary>
    GeneratedShow Generate(string input, int seed);
}
