using AnimPlatform.Core.Narration;
using AnimPlatform.Web.Jobs;
using AnimPlatform.Web.Options;

namespace AnimPlatform.Web.Distributed;

/// <summary>
/// The <c>worker</c> verb: the same executable as a render worker of distributed mode — no pages, no API — that
/// takes chunk, plan and join jobs from the Hangfire queue in PostgreSQL. Configured like the web node by the
/// environment (JOB_STORE=postgres, DATABASE_URL, OUTPUT_DIR on the shared folder, MAX_CONCURRENT_RENDERS).
/// </summary>
public static class WorkerHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Configuration.AddAnimPlatformEnvironment();
        builder.Services.AddAnimPlatformOptions();
        if (!DistributedJobs.IsDistributed(builder.Configuration))
        {
            await Console.Error.WriteLineAsync(AnimPlatformOptionsSetup.FormatProblems(
                ["JOB_STORE (AnimPlatform:JobStore) must be postgres for a worker (with DATABASE_URL): an embedded server renders in its own process."]));
            return 1;
        }
        AnimPlatform.Core.Video.FfmpegVersionCheck.Start(); // FFMpegCore's one-off `ffmpeg -version`, off the first job's path
        builder.Services.AddNarration();
        builder.Services.AddJobs();
        builder.Services.AddDistributedJobs(builder.Configuration, NodeRole.Worker);
        using var host = builder.Build();
        if (AnimPlatformOptionsSetup.CheckSettings(host.Services) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return 1;
        }
        await host.RunAsync();
        return 0;
    }
}
