namespace AnimPlatform.Web.Api.Contracts;

/// <summary>Where to find a job's details, status, video and poster (the last two once it is done).</summary>
public sealed record JobLinksDto(string Self, string Status, string? Video, string? Poster);
