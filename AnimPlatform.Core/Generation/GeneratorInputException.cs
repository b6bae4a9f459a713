namespace AnimPlatform.Core.Generation;

/// <summary>
/// The prompt's input could not be read. <see cref="What"/> names what was being read ("numbers",
/// "graph"); <see cref="Exception.Message"/> says what is wrong and how to write it.
/// </summary>
public sealed class GeneratorInputException(string what, string detail) : Exception(detail)
{
    public string What { get; } = what;

    /// <summary>E.g. <c>couldn't read the numbers in 'quick sort 5 x 1': 'x' is not a number</c>.</summary>
    public string Describe(string prompt) => $"couldn't read the {What} in '{prompt.Trim()}': {Message}";
}
