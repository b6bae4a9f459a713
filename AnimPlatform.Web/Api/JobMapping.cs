using System.Text.Json;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Jobs;
using AnimPlatform.Web.Api.Contracts;

namespace AnimPlatform.Web.Api;

/// <summary>Turns stored jobs into API answers, with links under /api/v1.</summary>
internal static class JobMapping
{
    public static JobLinksDto Links(HttpRequest request, Guid id, JobStatus status, bool subtitleFiles = false)
    {
        var self = $"{request.PathBase}{JobsApi.V1Prefix}/jobs/{id:D}";
        var done = status == JobStatus.Done;
        var subtitles = done && subtitleFiles;
        return new JobLinksDto(self, $"{self}/status", done ? $"{self}/video" : null, done ? $"{self}/poster" : null,
            subtitles ? $"{self}/subtitles.srt" : null, subtitles ? $"{self}/subtitles.vtt" : null);
    }

    public static JobDto ToDto(this JobSummary job, HttpRequest request, JsonNode? manifest = null) => new(
        job.Id, job.Status, job.Progress, job.Stage, job.Title, job.Topic, job.Width, job.Height, job.Fps,
        job.Error, job.Warnings.Select(ApiDiagnostic.From).ToList(),
        job.CreatedAt, job.UpdatedAt, job.CompletedAt, Links(request, job.Id, job.Status, job.HasSubtitleFiles),
        job.Narrate, job.Subtitles, manifest);

    public static JobDto ToDto(this Job job, HttpRequest request) =>
        JobSummary.From(job).ToDto(request, ParseManifest(job.Manifest));

    public static JobStatusDto ToStatusDto(this JobSummary job, HttpRequest request, int queuePosition) => new(
        job.Id, job.Status, job.Progress, job.Stage, job.Error,
        job.Status == JobStatus.Queued ? queuePosition : null,
        Links(request, job.Id, job.Status).Video);

    public static RenderAcceptedDto ToAcceptedDto(this SubmitResult result, HttpRequest request)
    {
        var job = result.Job!;
        return new RenderAcceptedDto(job.Id, JobStatus.Queued, result.QueuePosition, job.Title,
            ApiDiagnostic.Warnings(result.Diagnostics), Links(request, job.Id, JobStatus.Queued));
    }

    private static JsonNode? ParseManifest(string manifest)
    {
        try { return JsonNode.Parse(manifest); }
        catch (JsonException) { return JsonValue.Create(manifest); } // show what is stored rather than fail
    }
}
