using AnimPlatform.Core.Jobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Health;

/// <summary>The output folder's disk has at least MIN_FREE_DISK_MB free (below it new renders are refused with 507).</summary>
internal sealed class DiskSpaceHealthCheck(JobFiles files, IOptions<JobsOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var floor = options.Value.MinFreeDiskBytes;
        var free = files.FreeBytes();
        if (free is null) return Task.FromResult(HealthCheckResult.Healthy("the free space of the output disk is unknown"));
        var text = $"{free.Value / 1048576:N0} MB free on the output disk (floor {floor / 1048576:N0} MB, MIN_FREE_DISK_MB)";
        return Task.FromResult(free.Value >= floor
            ? HealthCheckResult.Healthy(text)
            : HealthCheckResult.Unhealthy(text + ": new renders are refused until space is freed"));
    }
}
