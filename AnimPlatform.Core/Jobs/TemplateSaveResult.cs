namespace AnimPlatform.Core.Jobs;

/// <summary>The answer to creating or renaming a template: the saved template, or why nothing was saved.</summary>
public sealed record TemplateSaveResult(ShowTemplate? Template, string? Error)
{
    public bool Saved => Template is not null;

    public static TemplateSaveResult Ok(ShowTemplate template) => new(template, null);

    public static TemplateSaveResult Refused(string error) => new(null, error);
}
