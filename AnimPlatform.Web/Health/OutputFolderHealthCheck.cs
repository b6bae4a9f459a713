using AnimPlatform.Core.Jobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AnimPlatform.Web.Health;

/// <summary>A small file can be written to (and removed from) the output folder.</summary>
internal sealed class OutputFolderHealthCheck(JobFiles files) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            files.EnsureWritable();
            return Task.FromResult(HealthCheckResult.Healthy("the output folder is writable"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var failure = JobFailure.From(ex, files.OutputDir, "", TimeSpan.Zero);
            return Task.FromResult(HealthCheckResult.Unhealthy(failure.Kind is JobFailureKind.DiskFull or JobFailureKind.OutputNotWritable
                ? failure.Message.Replace(", then re-render this job", "", StringComparison.Ordinal)
                : $"the output folder cannot be written: {ex.Message}"));
        }
    }
}
