using AnimPlatform.Core.Jobs;
using MudBlazor;

namespace AnimPlatform.Web.Components.Jobs;

/// <summary>How jobs read on the pages: status colours and icons, times, sizes and API links.</summary>
public static class JobFormat
{
    public static string VideoUrl(Guid id) => $"/api/v1/jobs/{id:D}/video";

    /// <summary>The poster, with a version so a re-rendered file is not served from the browser cache.</summary>
    public static string PosterUrl(Guid id, DateTime? version = null) =>
        version is { } v ? $"/api/v1/jobs/{id:D}/poster?v={v.Ticks}" : $"/api/v1/jobs/{id:D}/poster";

    public static string DetailUrl(Guid id) => $"/jobs/{id:D}";

    /// <summary>Sidecar subtitles of a narrated job: "srt" or "vtt".</summary>
    public static string SubtitlesUrl(Guid id, string format) => $"/api/v1/jobs/{id:D}/subtitles.{format}";

    public static Color StatusColor(JobStatus status) => status switch
    {
        JobStatus.Queued => Color.Info,
        JobStatus.Rendering => Color.Primary,
        JobStatus.Done => Color.Success,
        JobStatus.Error => Color.Error,
        _ => Color.Default,
    };

    public static string StatusIcon(JobStatus status) => status switch
    {
        JobStatus.Queued => Icons.Material.Filled.HourglassTop,
        JobStatus.Rendering => Icons.Material.Filled.Autorenew,
        JobStatus.Done => Icons.Material.Filled.CheckCircle,
        JobStatus.Error => Icons.Material.Filled.ErrorOutline,
        _ => Icons.Material.Filled.Block,
    };

    /// <summary>"Queued", "Rendering", … for display.</summary>
    public static string StatusText(JobStatus status) => status switch
    {
        JobStatus.Queued => "Queued",
        JobStatus.Rendering => "Rendering",
        JobStatus.Done => "Done",
        JobStatus.Error => "Failed",
        _ => "Cancelled",
    };

    public static bool IsActive(JobStatus status) => status is JobStatus.Queued or JobStatus.Rendering;

    /// <summary>"just now", "5 min ago", "3 h ago", "2 days ago", then the date.</summary>
    public static string Relative(DateTime utc, DateTime nowUtc)
    {
        var age = nowUtc - utc;
        if (age < TimeSpan.FromSeconds(45)) return "just now";
        if (age < TimeSpan.FromMinutes(59.5)) return $"{Math.Max(1, (int)Math.Round(age.TotalMinutes))} min ago";
        if (age < TimeSpan.FromHours(23.5)) return $"{(int)Math.Round(age.TotalHours)} h ago";
        if (age < TimeSpan.FromDays(7)) return (int)Math.Round(age.TotalDays) is var d && d <= 1 ? "yesterday" : $"{d} days ago";
        return utc.ToString("d MMM yyyy");
    }

    /// <summary>The exact time, for tooltips: "2026-11-26 14:03:12 UTC".</summary>
    public static string Exact(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss") + " UTC";

    public static string Resolution(int? width, int? height) => width is { } w && height is { } h ? $"{w}×{h}" : "canvas size";

    /// <summary>"1:14" for 74 s, "12.3 s" under a minute.</summary>
    public static string Length(double seconds) =>
        seconds < 60 ? $"{seconds:0.#} s" : $"{(int)(seconds / 60)}:{(int)Math.Round(seconds % 60):00}";

    /// <summary>"812 B", "14.2 KB", "1.3 MB" for a text of that many characters.</summary>
    public static string Size(int chars) =>
        chars < 1024 ? $"{chars} B" : chars < 1024 * 1024 ? $"{chars / 1024.0:0.#} KB" : $"{chars / 1048576.0:0.#} MB";

    public static string Elapsed(TimeSpan span) =>
        span < TimeSpan.FromMinutes(1) ? $"{span.TotalSeconds:0.#} s" :
        span < TimeSpan.FromHours(1) ? $"{(int)span.TotalMinutes} min {span.Seconds} s" : $"{(int)span.TotalHours} h {span.Minutes} min";

    /// <summary>The job with what an update says about it (the update carries no files or warnings).</summary>
    public static JobSummary Apply(JobSummary job, JobUpdate update) =>
        job with { Status = update.Status, Progress = update.Progress, Stage = update.Stage, Error = update.Error ?? job.Error };

    /// <summary>True when an update would not change what a progress display shows.</summary>
    public static bool Unchanged(JobSummary job, JobUpdate update) =>
        job.Status == update.Status && job.Progress == update.Progress && job.Stage == update.Stage && !update.Deleted;
}
