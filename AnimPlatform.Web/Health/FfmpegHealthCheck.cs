using AnimPlatform.Core.Processes;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AnimPlatform.Web.Health;

/// <summary>ffmpeg is where the encoder will look for it (FFMpegCore's binary folder, else PATH).</summary>
internal sealed class FfmpegHealthCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(ToolPaths.Locate(ToolPaths.Ffmpeg) is { } path
            ? HealthCheckResult.Healthy($"ffmpeg found at {path}")
            : HealthCheckResult.Unhealthy($"ffmpeg was not found: {Core.Jobs.JobFailure.InstallFfmpeg}"));
}
