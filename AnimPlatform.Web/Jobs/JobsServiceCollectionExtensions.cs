using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Jobs.Persistence;
using AnimPlatform.Core.Narration;
using AnimPlatform.Web.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// The job system: SQLite store (migrated at start), render queue and worker, progress notifier,
    /// hourly retention. Settings come from <see cref="AnimPlatformOptions"/> (DATABASE_PATH, OUTPUT_DIR,
    /// VIDEO_RETENTION_DAYS, MAX_CONCURRENT_RENDERS).
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<JobsOptions>().Configure<IOptions<AnimPlatformOptions>>((jobs, app) =>
        {
            jobs.DatabasePath = app.Value.DatabasePath;
            jobs.OutputDir = app.Value.OutputDir;
            jobs.RetentionDays = app.Value.VideoRetentionDays;
            jobs.MaxConcurrentRenders = app.Value.MaxConcurrentRenders;
            jobs.ShutdownGrace = TimeSpan.FromSeconds(app.Value.ShutdownGraceSeconds);
            jobs.RenderStallTimeout = TimeSpan.FromSeconds(app.Value.RenderStallTimeoutSeconds);
            jobs.MaxRenderTime = TimeSpan.FromMinutes(app.Value.MaxRenderMinutes);
            jobs.RenderSecondsPerMegapixelFrame = app.Value.RenderCostMicroseconds / 1_000_000.0;
            jobs.MaxQueuedRenderTimePerClient = app.Value.MaxQueuedMinutesPerClient == 0
                ? Timeout.InfiniteTimeSpan : TimeSpan.FromMinutes(app.Value.MaxQueuedMinutesPerClient);
            jobs.MinFreeDiskBytes = app.Value.MinFreeDiskMegabytes * 1024L * 1024L;
            jobs.Crf = app.Value.RenderCrf;
            jobs.ChunkMinSeconds = app.Value.ChunkMinSeconds;
        });
        services.AddDbContextFactory<JobsDbContext>((sp, db) =>
        {
            var jobs = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
            db.UseSqlite(JobDatabase.ConnectionString(jobs.DatabasePath, (int)Math.Ceiling(jobs.DatabaseBusyTimeout.TotalSeconds)));
        });
        // SIGTERM: running renders get ShutdownGrace (at most 20 s) to finish; the process is gone well within 30 s.
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(25));

        services.AddSingleton<JobFiles>();
        services.AddSingleton<IVideoStore>(sp => sp.GetRequiredService<JobFiles>());
        services.AddSingleton<JobStore>();
        services.AddSingleton<IJobStore>(sp => sp.GetRequiredService<JobStore>());
        services.AddSingleton<RenderQueue>();
        services.AddSingleton<IRenderQueue>(sp => sp.GetRequiredService<RenderQueue>());
        services.AddSingleton<IClusterStatus, EmbeddedClusterStatus>();
        services.AddSingleton<ActiveRenders>();
        services.AddSingleton<IJobNotifier, JobNotifier>();
        services.AddSingleton<JobService>();
        services.AddNarration();      // speech (espeak-ng offline, TTS_ENGINE=openai optional), cache, aligned audio
        services.AddSingleton<JobRenderer>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<JobRecovery>();
        services.AddSingleton<OrphanQuarantine>();
        services.AddSingleton<RetentionSweeper>();

        // Start order matters: the database is migrated before the worker recovers and renders.
        services.AddHostedService<JobDatabaseInitializer>();
        services.AddHostedService<JobDatabaseCheckpointer>(); // WAL into the main file every minute, truncated at stop
        services.AddHostedService<RenderWorker>();
        services.AddHostedService<RetentionService>();
        return services;
    }
}
