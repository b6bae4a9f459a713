namespace AnimPlatform.Web.Drafts;

/// <summary>Adding, duplicating, moving and removing scenes of a draft.</summary>
public static class SceneListEdits
{
    /// <summary>Swaps scene <paramref name="index"/> with its neighbour (-1 up, +1 down); false when there is none.</summary>
    public static bool Move(ShowDraft draft, int index, int by)
    {
        if (index < 0 || index >= draft.Scenes.Count || index + by < 0 || index + by >= draft.Scenes.Count) return false;
        (draft.Scenes[index], draft.Scenes[index + by]) = (draft.Scenes[index + by], draft.Scenes[index]);
        return true;
    }

    /// <summary>Inserts a copy of scene <paramref name="index"/> after it, named "… (copy)", fading in.</summary>
    public static bool Duplicate(ShowDraft draft, int index)
    {
        if (index < 0 || index >= draft.Scenes.Count) return false;
        var source = draft.Scenes[index];
        draft.Scenes.Insert(index + 1, new SceneDraft
        {
            Name = $"{source.Name} (copy)", Narration = source.Narration, ManifestText = source.ManifestText,
            Transition = source.Transition == "none" ? "fade" : source.Transition, TransitionSeconds = source.TransitionSeconds,
        });
        return true;
    }

    /// <summary>Removes scene <paramref name="index"/> (never the last one left); the removed scene, for undo.</summary>
    public static SceneDraft? Remove(ShowDraft draft, int index)
    {
        if (index < 0 || index >= draft.Scenes.Count || draft.Scenes.Count == 1) return null;
        var removed = draft.Scenes[index];
        draft.Scenes.RemoveAt(index);
        return removed;
    }

    /// <summary>Puts a removed scene back where it was (or last, when the list got shorter).</summary>
    public static void Restore(ShowDraft draft, int index, SceneDraft scene) =>
        draft.Scenes.Insert(Math.Min(index, draft.Scenes.Count), scene);
}
