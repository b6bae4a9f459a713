namespace AnimPlatform.Core.Generation;

/// <summary>
/// The prompt's input could not be read. <see cref="What"/> names what was being read ("numbers",
/// "graph"); <see cref="Exception.Message"/> says what is wrong and how to write it.
/// </summary>
public sealed class GeneratorInputException(string what, string detail) : Exception(detail)
{
    public string What { get; } = what;

    /// <summary>
    /// The word the reader did not understand, when that is why it failed (null otherwise, e.g. a value out of
    /// range). A prompt whose input is only such words ("what is a binary search tree") gets the default input.
    /// </summary>
    public string? UnreadWord { get; private init; }

    /// <summary>The reader stopped at <paramref name="word"/>, a word that is neither data nor a known command.</summary>
    public static GeneratorInputException Unread(string what, string word, string detail) => new(what, detail) { UnreadWord = word };

    /// <summary>E.g. <c>couldn't read the numbers in 'quick sort 5 x 1': 'x' is not a number</c>.</summary>
    public string Describe(string prompt) => $"couldn't read the {What} in '{prompt.Trim()}': {Message}";
}
