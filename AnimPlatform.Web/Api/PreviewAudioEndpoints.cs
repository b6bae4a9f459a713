using AnimPlatform.Core.Narration;
using AnimPlatform.Web.Security;

namespace AnimPlatform.Web.Api;

/// <summary>
/// GET /preview/narration/{key}.wav — the narration track of a manifest the Generate page prepared for its preview
/// (<see cref="NarrationPreviewService"/>), for the page's audio element. Only prepared tracks are served: the key
/// is the manifest's SHA-256, so nothing is synthesized on request. Like the job files (video, poster) it is
/// behind the access token when one is set (the fallback policy: sign-in cookie or bearer), with range requests.
/// Counted against the client's validation budget (RATE_LIMIT_VALIDATIONS_PER_MINUTE, <see cref="ClientRateLimiting.ValidationPolicy"/>):
/// the track belongs to the editing concern (checking and previewing a manifest as it is typed), not to renders or
/// generations, whose budgets the page's buttons spend.
/// </summary>
public static class PreviewAudioEndpoints
{
    public const string Prefix = "/preview/narration/";

    /// <summary>The address of the track of a prepared preview, relative to the app's base (no leading slash).</summary>
    public static string UrlFor(string key) => Prefix.TrimStart('/') + key + ".wav";

    public static IEndpointRouteBuilder MapPreviewAudio(this IEndpointRouteBuilder app)
    {
        app.MapGet(Prefix + "{key}.wav", Serve).RequireRateLimiting(ClientRateLimiting.ValidationPolicy).ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(string key, HttpContext http, NarrationPreviewService previews)
    {
        if (!NarrationPreviewService.IsKey(key))
            return Results.Problem(title: "Bad preview key", detail: "the key is the manifest's SHA-256: 64 lower-case hex digits",
                statusCode: StatusCodes.Status400BadRequest);
        if (previews.WavFor(key) is not { } wav)
            return ApiProblems.NotFound("No narration track", $"no narrated preview with key {key} is prepared (it may have been dropped: reload the preview)");
        // The key names the content, which never changes: the browser may keep it (private: it is the user's manifest).
        http.Response.Headers.CacheControl = "private, max-age=3600";
        return Results.Bytes(wav, "audio/wav", enableRangeProcessing: true);
    }
}
