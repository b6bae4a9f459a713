using AnimPlatform.Core.Jobs;
using AnimPlatform.Web.Api.Contracts;

namespace AnimPlatform.Web.Api;

/// <summary>GET jobs?status=&amp;limit=&amp;offset= checked: status one of the names, limit 1..100 (20), offset &gt;= 0.</summary>
internal sealed record JobListQuery(JobStatus? Status, int Limit, int Offset)
{
    public const int DefaultLimit = 20;

    public static JobListQuery Parse(IQueryCollection query, List<ApiDiagnostic> errors)
    {
        JobStatus? status = null;
        if (QueryParameters.Text(query, "status") is { } text)
        {
            if (JobStatusNames.TryParse(text, out var parsed)) status = parsed;
            else errors.Add(new ApiDiagnostic("status", $"status must be one of {string.Join(", ", JobStatusNames.All)}; got \"{text}\""));
        }
        var limit = QueryParameters.Int(query, "limit", errors) ?? DefaultLimit;
        if (limit is < 1 or > JobStore.MaxPageSize)
            errors.Add(new ApiDiagnostic("limit", $"limit must be between 1 and {JobStore.MaxPageSize}"));
        var offset = QueryParameters.Int(query, "offset", errors) ?? 0;
        if (offset < 0) errors.Add(new ApiDiagnostic("offset", "offset must be 0 or more"));
        return new JobListQuery(status, limit, offset);
    }
}
