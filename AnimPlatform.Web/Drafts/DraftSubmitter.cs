using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Web.Security;

namespace AnimPlatform.Web.Drafts;

/// <summary>Turns a draft and its render options into a job, within the client's render budget.</summary>
public sealed class DraftSubmitter(JobService jobs, PageActionLimiter limiter, PageClient client)
{
    /// <summary>The new job's id (<paramref name="canvas"/> is the validated show's, for the output size), or the errors that stopped it (over budget, a text that does not parse, a refused request).</summary>
    public async Task<(Guid? JobId, List<Diagnostic> Errors)> SubmitAsync(
        ShowDraft draft, CanvasSpec canvas, RenderChoices settings, string? topic, string? generationLog, CancellationToken cancellationToken = default)
    {
        if (limiter.TryRender() is { } limited) return (null, [Diagnostic.Error("", limited)]);
        var (show, parseErrors) = draft.Compose();
        if (parseErrors.Count > 0) return (null, parseErrors);
        var (w, h) = settings.OutputSize(canvas);
        var narrate = settings.Narrate && HasNarration(draft);
        var result = await jobs.SubmitAsync(new RenderRequest
        {
            Document = show, Topic = topic, Width = w, Height = h, Fps = settings.Fps,
            Narrate = narrate, Subtitles = narrate ? (settings.Subtitles ? "both" : "none") : null,
            GenerationLog = generationLog, ClientKey = client.Key,
        }, cancellationToken);
        return result.Job is null ? (null, result.Diagnostics.Where(d => d.IsError).ToList()) : (result.Job.Id, []);
    }

    public static bool HasNarration(ShowDraft? draft) => draft?.Scenes.Any(s => !string.IsNullOrWhiteSpace(s.Narration)) == true;
}
