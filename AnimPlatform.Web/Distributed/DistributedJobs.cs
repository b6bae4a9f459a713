using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Jobs.Distributed;
using AnimPlatform.Core.Jobs.Persistence;
using AnimPlatform.Web.Jobs;
using AnimPlatform.Web.Options;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Distributed;

/// <summary>What a process of distributed mode does: the web node serves pages and the API; a worker only renders.</summary>
public enum NodeRole
{
    Web,
    Worker,
}

/// <summary>
/// JOB_STORE=postgres: moves the job system from the embedded default (SQLite + in-process queue and renderer)
/// onto PostgreSQL (DATABASE_URL) and Hangfire. Jobs and templates go to PostgreSQL through the Npgsql EF
/// provider (its own migrations); the queue is Hangfire.PostgreSql in the same database; progress crosses
/// processes through LISTEN/NOTIFY. Web nodes enqueue and show; workers (the <c>worker</c> verb) render chunks.
/// Without JOB_STORE=postgres this does nothing.
/// </summary>
public static class DistributedJobs
{
    public const string DashboardPath = "/hangfire";

    public static bool IsDistributed(IConfiguration configuration) =>
        string.Equals(configuration[$"{AnimPlatformOptions.SectionName}:{nameof(AnimPlatformOptions.JobStore)}"], "postgres", StringComparison.Ordinal);

    /// <summary>Call after AddJobs: replaces the embedded store, queue, notifier and renderer.</summary>
    public static IServiceCollection AddDistributedJobs(this IServiceCollection services, IConfiguration configuration, NodeRole role)
    {
        if (!IsDistributed(configuration)) return services;
        var app = configuration.GetSection(AnimPlatformOptions.SectionName).Get<AnimPlatformOptions>() ?? new AnimPlatformOptions();
        if (string.IsNullOrWhiteSpace(app.DatabaseUrl)) return services; // option validation at start names DATABASE_URL
        var connectionString = DatabaseUrl.ToConnectionString(app.DatabaseUrl);
        var workerTimeout = TimeSpan.FromSeconds(app.WorkerTimeoutSeconds);
        var node = $"{(role == NodeRole.Web ? "web" : "worker")}:{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

        services.PostConfigure<JobsOptions>(jobs =>
        {
            jobs.NodeName = node;
            jobs.LeaseDuration = workerTimeout;
        });

        // Jobs and templates in PostgreSQL.
        services.RemoveAll<IDbContextFactory<JobsDbContext>>();
        services.AddSingleton(PostgresJobsDbContext.Options(connectionString));
        services.AddSingleton<IDbContextFactory<JobsDbContext>, PostgresJobsDbContextFactory>();
        ReplaceHostedService<JobDatabaseInitializer>(services, ServiceDescriptor.Singleton<IHostedService>(sp =>
            new DistributedDatabaseInitializer(connectionString, sp.GetRequiredService<IDbContextFactory<JobsDbContext>>(),
                sp.GetRequiredService<ILogger<DistributedDatabaseInitializer>>())));

        // The queue in Hangfire (same database, schema "hangfire"; created once, by the initializer above).
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions
            {
                PrepareSchemaIfNecessary = false,
                QueuePollInterval = TimeSpan.FromSeconds(1),
                // A worker that stops heart-beating (killed) loses its chunk to another after this.
                InvisibilityTimeout = workerTimeout,
                UseSlidingInvisibilityTimeout = true,
            }));
        services.Replace(ServiceDescriptor.Singleton<IRenderQueue, HangfireRenderQueue>());
        services.Replace(ServiceDescriptor.Singleton<IClusterStatus, HangfireClusterStatus>());
        services.AddSingleton(sp => new PostgresJobNotifier(connectionString,
            sp.GetRequiredService<ILogger<JobNotifier>>(), sp.GetRequiredService<ILogger<PostgresJobNotifier>>()));
        services.Replace(ServiceDescriptor.Singleton<IJobNotifier>(sp => sp.GetRequiredService<PostgresJobNotifier>()));
        services.AddSingleton<JobChunkStore>();
        services.AddSingleton<ChunkedRenderJobs>();

        RemoveHostedService<RenderWorker>(services); // renders go through Hangfire
        RemoveHostedService<JobDatabaseCheckpointer>(services); // a SQLite WAL concern
        if (role == NodeRole.Web)
        {
            services.AddHostedService<DistributedRecovery>();
        }
        else
        {
            RemoveHostedService<RetentionService>(services); // the web node sweeps
            services.AddHangfireServer((sp, server) =>
            {
                server.ServerName = node;
                server.WorkerCount = Math.Max(1, sp.GetRequiredService<IOptions<JobsOptions>>().Value.MaxConcurrentRenders);
                server.Queues = [ChunkedRenderJobs.Queue];
                server.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                server.HeartbeatInterval = TimeSpan.FromSeconds(10);
                server.ServerCheckInterval = TimeSpan.FromSeconds(30);
                server.ServerTimeout = TimeSpan.FromMinutes(1);
                server.ShutdownTimeout = TimeSpan.FromSeconds(10);
            });
        }
        return services;
    }

    /// <summary>The Hangfire dashboard at /hangfire, behind the same access token as the pages (distributed mode only).</summary>
    public static IEndpointRouteBuilder MapDistributedDashboard(this IEndpointRouteBuilder app)
    {
        if (!IsDistributed(app.ServiceProvider.GetRequiredService<IConfiguration>())) return app;
        // No Hangfire filter: ASP.NET authorization decides (the fallback policy requires the token when ACCESS_TOKEN is set).
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [],
            AppPath = "/settings",
            DisplayStorageConnectionString = false,
            DashboardTitle = "AnimPlatform renders",
        });
        return app;
    }

    private static void RemoveHostedService<T>(IServiceCollection services)
    {
        foreach (var d in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(T)).ToList())
            services.Remove(d);
    }

    private static void ReplaceHostedService<T>(IServiceCollection services, ServiceDescriptor replacement)
    {
        var at = services.ToList().FindIndex(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(T));
        if (at < 0) services.Insert(0, replacement);
        else services[at] = replacement;
    }
}
