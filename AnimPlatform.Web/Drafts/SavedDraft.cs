namespace AnimPlatform.Web.Drafts;

/// <summary>What the Generate page keeps in the browser between visits: the prompt, the edits and the render options.</summary>
public sealed record SavedDraft
{
    public string Prompt { get; init; } = "";
    /// <summary>The URL's preset/template/prompt the draft started from ("" for none).</summary>
    public string Source { get; init; } = "";
    /// <summary>True once the user changed something after loading.</summary>
    public bool Edited { get; init; }
    public string? Topic { get; init; }
    public string? GenerationLog { get; init; }
    public string? MetaText { get; init; }
    public List<SceneDraft> Scenes { get; init; } = [];
    public int Fps { get; init; } = 30;
    public string Resolution { get; init; } = "1080p";
    public bool Narrate { get; init; } = true;
    public bool Subtitles { get; init; } = true;

    /// <summary>The draft to edit, or null when only a prompt was kept.</summary>
    public ShowDraft? ToDraft()
    {
        if (MetaText is null || Scenes.Count == 0) return null;
        var draft = new ShowDraft { MetaText = MetaText };
        draft.Scenes.AddRange(Scenes);
        return draft;
    }
}
