namespace AnimPlatform.Core.Jobs;

/// <summary>A finished render: the MP4 (with the poster beside it) and the warnings met on the way.</summary>
public sealed record RenderedJob(string VideoPath, string PosterPath, IReadOnlyList<JobWarning> Warnings);
