using AnimPlatform.Core.Jobs;
using AnimPlatform.Web.Api.Contracts;

namespace AnimPlatform.Web.Api;

/// <summary>GET jobs, GET jobs/{id}, GET jobs/{id}/status, POST jobs/{id}/cancel, POST jobs/{id}/rerender, DELETE jobs/{id}.</summary>
internal static class JobEndpoints
{
    public static async Task<IResult> ListAsync(HttpContext http, JobStore store)
    {
        var errors = new List<ApiDiagnostic>();
        var query = JobListQuery.Parse(http.Request.Query, errors);
        if (errors.Count > 0) return ApiProblems.Invalid(errors);
        var jobs = await store.ListAsync(query.Status, query.Limit, query.Offset, http.RequestAborted);
        var total = await store.CountAsync(query.Status, http.RequestAborted);
        return Results.Ok(new JobListDto(jobs.Select(j => j.ToDto(http.Request)).ToList(), jobs.Count, total, query.Limit, query.Offset));
    }

    public static async Task<IResult> GetAsync(string id, HttpContext http, JobStore store)
    {
        var job = Guid.TryParse(id, out var jobId) ? await store.GetAsync(jobId, http.RequestAborted) : null;
        return job is null ? ApiProblems.JobNotFound(id) : Results.Ok(job.ToDto(http.Request));
    }

    public static async Task<IResult> StatusAsync(string id, HttpContext http, JobStore store)
    {
        var job = Guid.TryParse(id, out var jobId) ? await store.GetSummaryAsync(jobId, http.RequestAborted) : null;
        if (job is null) return ApiProblems.JobNotFound(id);
        var position = job.Status == JobStatus.Queued ? await store.QueuePositionAsync(jobId, http.RequestAborted) : 0;
        return Results.Ok(job.ToStatusDto(http.Request, position));
    }

    public static async Task<IResult> CancelAsync(string id, HttpContext http, JobService jobs, JobStore store)
    {
        if (!Guid.TryParse(id, out var jobId)) return ApiProblems.JobNotFound(id);
        var outcome = await jobs.CancelAsync(jobId, http.RequestAborted);
        if (outcome == CancelOutcome.NotFound) return ApiProblems.JobNotFound(id);
        var job = await store.GetSummaryAsync(jobId, http.RequestAborted);
        if (job is null) return ApiProblems.JobNotFound(id); // deleted meanwhile
        return outcome == CancelOutcome.Cancelled
            ? Results.Ok(job.ToStatusDto(http.Request, 0))
            : ApiProblems.Conflict("Job already finished", $"job {id} is {job.Status.ToText()}; only queued or rendering jobs can be cancelled");
    }

    public static async Task<IResult> RerenderAsync(string id, HttpContext http, JobService jobs)
    {
        var result = Guid.TryParse(id, out var jobId) ? await jobs.RerenderAsync(jobId, Security.ClientRateLimiting.ClientKey(http), http.RequestAborted) : null;
        if (result is null) return ApiProblems.JobNotFound(id);
        if (!result.Accepted) return ApiProblems.Refused(result);
        var accepted = result.ToAcceptedDto(http.Request);
        return Results.Accepted(accepted.Links.Self, accepted);
    }

    public static async Task<IResult> DeleteAsync(string id, HttpContext http, JobService jobs) =>
        Guid.TryParse(id, out var jobId) && await jobs.DeleteAsync(jobId, http.RequestAborted)
            ? Results.NoContent()
            : ApiProblems.JobNotFound(id);
}
