namespace AnimPlatform.Core.Generation;

/// <summary>What a built-in generator covers: its id, a display title, the phrases that select it and example prompts.</summary>
/// <param name="Id">Stable id, e.g. <c>quick-sort</c>.</param>
/// <param name="Title">Display name, e.g. "Quick Sort".</param>
/// <param name="Category">Group for the Generate page (Sorting, Searching, Graphs, Trees, Data structures).</param>
/// <param name="Aliases">Phrases (lower case, space separated words) that select this generator in free text.</param>
/// <param name="Examples">Prompts that work, shown as chips.</param>
/// <param name="InputHint">How to give the input, shown when it does not parse.</param>
/// <param name="TopicWordsAreInput">The matched alias stays in the input (e.g. "inorder" picks the traversal and also which order).</param>
public sealed record GeneratorInfo(
    string Id,
    string Title,
    string Category,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Examples,
    string InputHint,
    bool TopicWordsAreInput = false);
