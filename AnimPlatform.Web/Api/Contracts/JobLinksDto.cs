namespace AnimPlatform.Web.Api.Contracts;

/// <summary>Where to find a job's details, status, video and poster (once done), and subtitles (narrated jobs with files).</summary>
public sealed record JobLinksDto(string Self, string Status, string? Video, string? Poster, string? SubtitlesSrt = null, string? SubtitlesVtt = null);
