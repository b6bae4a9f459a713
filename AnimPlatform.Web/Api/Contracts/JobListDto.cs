namespace AnimPlatform.Web.Api.Contracts;

/// <summary>One page of jobs, newest first: <see cref="Count"/> on this page, <see cref="Total"/> matching the filter.</summary>
public sealed record JobListDto(IReadOnlyList<JobDto> Jobs, int Count, int Total, int Limit, int Offset);
