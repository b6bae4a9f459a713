using AnimPlatform.Core.Jobs;

namespace AnimPlatform.Web.Api;

/// <summary>GET jobs/{id}/video (MP4, range requests, named after the title) and GET jobs/{id}/poster (PNG).</summary>
internal static class JobFileEndpoints
{
    public static Task<IResult> VideoAsync(string id, HttpContext http, JobStore store, JobFiles files) =>
        ServeAsync(id, http, store, job => (job.OutputPath ?? files.VideoPath(job.Id), "video/mp4",
            DownloadFileName.For(job.Title, job.Id, ".mp4")));

    public static Task<IResult> PosterAsync(string id, HttpContext http, JobStore store, JobFiles files) =>
        ServeAsync(id, http, store, job => (files.PosterPath(job.Id), "image/png", null));

    /// <summary>GET jobs/{id}/subtitles.srt|.vtt — sidecar subtitles of a narrated job.</summary>
    public static Task<IResult> SubtitlesAsync(string id, string format, HttpContext http, JobStore store, JobFiles files) =>
        ServeAsync(id, http, store, job => format == "srt"
            ? (files.SubtitlePath(job.Id, ".srt"), "application/x-subrip", DownloadFileName.For(job.Title, job.Id, ".srt"))
            : (files.SubtitlePath(job.Id, ".vtt"), "text/vtt", null));

    private static async Task<IResult> ServeAsync(string id, HttpContext http, JobStore store,
        Func<JobSummary, (string Path, string ContentType, string? DownloadName)> pick)
    {
        var job = Guid.TryParse(id, out var jobId) ? await store.GetSummaryAsync(jobId, http.RequestAborted) : null;
        if (job is null) return ApiProblems.JobNotFound(id);
        if (job.Status != JobStatus.Done)
            return ApiProblems.Conflict("Video not ready", $"job {id} is {job.Status.ToText()}; files exist once it is done");
        var (path, contentType, downloadName) = pick(job);
        var file = new FileInfo(path);
        if (!file.Exists) return ApiProblems.NotFound("File not found", $"the file of job {id} is gone (deleted or cleaned up)");
        return Results.File(file.FullName, contentType, downloadName, file.LastWriteTimeUtc, enableRangeProcessing: true);
    }
}
