using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Jobs.Persistence;
using AnimPlatform.Web.Jobs;
using AnimPlatform.Web.Options;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AnimPlatform.Tests.Jobs;

/// <summary>
/// The job services as the app wires them (AddJobs), over a migrated SQLite file in a temp folder and a
/// clock the test controls; no host, so nothing runs in the background unless a test starts it.
/// </summary>
public sealed class JobsTestServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private JobsTestServices(ServiceProvider provider, string dir)
    {
        _provider = provider;
        Options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobsOptions>>().Value;
        OutputDir = Path.Combine(dir, "output");
    }

    public JobsOptions Options { get; }
    public string OutputDir { get; }
    public JobStore Store => Get<JobStore>();
    public JobFiles Files => Get<JobFiles>();

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public static async Task<JobsTestServices> CreateAsync(string dir, TimeProvider clock, Action<JobsOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddOptions<AnimPlatformOptions>();
        services.AddNarration();
        services.AddJobs();
        services.PostConfigure<JobsOptions>(o =>
        {
            o.DatabasePath = Path.Combine(dir, "jobs.db");
            o.OutputDir = Path.Combine(dir, "output");
            configure?.Invoke(o);
        });
        var provider = services.BuildServiceProvider();
        await using (var db = await provider.GetRequiredService<IDbContextFactory<JobsDbContext>>().CreateDbContextAsync())
            await JobDatabase.InitializeAsync(db);
        Directory.CreateDirectory(Path.Combine(dir, "output"));
        return new JobsTestServices(provider, dir);
    }

    /// <summary>A job taken through queued → rendering → done, with a video and a poster file.</summary>
    public async Task<Guid> CreateDoneJobAsync(string title = "done")
    {
        var job = await Store.CreateAsync(new Job { Title = title });
        Assert.True(await Store.TryClaimAsync(job.Id));
        await File.WriteAllTextAsync(Files.VideoPath(job.Id), "video");
        await File.WriteAllTextAsync(Files.PosterPath(job.Id), "poster");
        Assert.True(await Store.TryCompleteAsync(job.Id, Files.VideoPath(job.Id), []));
        return job.Id;
    }

    /// <summary>Runs SQL on the file directly (as the sqlite3 shell would) and returns the first value.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(JobDatabase.ConnectionString(Options.DatabasePath));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        SqliteConnection.ClearPool(new SqliteConnection(JobDatabase.ConnectionString(Options.DatabasePath)));
    }
}
