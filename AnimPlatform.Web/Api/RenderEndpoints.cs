using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Web.Api.Contracts;
using AnimPlatform.Web.Security;

namespace AnimPlatform.Web.Api;

/// <summary>POST render (queue a job) and POST validate (check only).</summary>
internal static class RenderEndpoints
{
    public static async Task<IResult> SubmitAsync(HttpContext http, JobService jobs)
    {
        var read = await RenderRequestReader.ReadAsync(http.Request, http.RequestAborted);
        if (read.Error is not null) return read.Error;
        var result = await jobs.SubmitAsync(read.Request! with { ClientKey = ClientRateLimiting.ClientKey(http) }, http.RequestAborted);
        if (!result.Accepted) return ApiProblems.Refused(result);
        var accepted = result.ToAcceptedDto(http.Request);
        return Results.Accepted(accepted.Links.Self, accepted);
    }

    /// <summary>How long the layout checks of one validate request may run.</summary>
    private static readonly TimeSpan LintBudget = TimeSpan.FromSeconds(2);

    public static async Task<IResult> ValidateAsync(HttpContext http)
    {
        var read = await RenderRequestReader.ReadAsync(http.Request, http.RequestAborted);
        if (read.Error is not null) return read.Error;
        var check = RenderRequestCheck.Check(read.Request!);
        var show = check.Prepared?.Show;
        // A valid manifest is also compiled as for rendering, once: the renderer's own warnings (a node that does not exist, …)
        // and its layout checks (lint) come as warnings too, with their path and second.
        var layout = check.IsValid && check.Prepared is { } prepared
            ? Core.Manifest.Lint.ValidationWarnings.Find(prepared, LintBudget, http.RequestAborted)
            : [];
        return Results.Ok(new ValidationReportDto(
            check.IsValid,
            ApiDiagnostic.Errors(check.Diagnostics),
            ApiDiagnostic.Warnings(check.Diagnostics.Concat(layout)),
            show?.Title,
            show?.Topic,
            show?.Scenes.Count ?? 0,
            check.IsValid ? Math.Round(show!.Duration, 3) : null,
            check.IsValid ? show!.FrameCount(check.Settings.Fps) : null));
    }
}
