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
        var problems = AnimPlatformOptionsSetup.Validate(builder.Configuration).ToList();
        if (!DistributedJobs.IsDistributed(builder.Configuration))
            problems.Add("JOB_STORE (AnimPlatform:JobStore) must be postgres for a worker (with DATABASE_URL): an embedded server renders in its own process.");
        if (problems.Count > 0)
        {
            await Console.Error.WriteLineAsync(AnimPlatformOptionsSetup.FormatProblems(problems));
            return 1;
        }
        builder.Services.AddJobs();
        builder.Services.AddDistributedJobs(builder.Configuration, NodeRole.Worker);
        using var host = builder.Build();
        await host.RunAsync();
        return 0;
    }
}
