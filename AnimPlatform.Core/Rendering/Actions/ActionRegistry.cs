using AnimPlatform.Core.Manifest.Vocabulary;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>Action name → handler, read from the descriptors in <see cref="VocabularyRegistry"/>.</summary>
public static class ActionRegistry
{
    public static IReadOnlyCollection<string> Names => VocabularyRegistry.ActionNames;

    public static bool TryGet(string? name, out IActionHandler handler)
    {
        handler = null!;
        if (!VocabularyRegistry.TryGetAction(name, out var action)) return false;
        handler = action.Handler;
        return true;
    }
}
