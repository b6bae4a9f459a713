using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Jobs.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AnimPlatform.Tests.Api;

/// <summary>
/// The real app (Program) in memory, with its SQLite file and output folder in <paramref name="dataDir"/>.
/// Two factories over the same folder, one after the other, are a restart.
/// </summary>
public sealed class JobsAppFactory(string dataDir, int maxConcurrentRenders = 1) : WebApplicationFactory<Program>
{
    public string DatabasePath => Path.Combine(dataDir, "data", "jobs.db");
    public string OutputDir => Path.Combine(dataDir, "output");

    /// <summary>The names of the files in the output folder, sorted.</summary>
    public string[] OutputFileNames() =>
        Directory.Exists(OutputDir) ? Directory.GetFiles(OutputDir).Select(f => new FileInfo(f).Name).Order().ToArray() : [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("AnimPlatform:DatabasePath", DatabasePath);
        builder.UseSetting("AnimPlatform:OutputDir", OutputDir);
        // Tests submit in bursts from one client; the limits have tests of their own (Security/RateLimitTests).
        builder.UseSetting("AnimPlatform:RateLimitRendersPerMinute", "0");
        builder.UseSetting("AnimPlatform:RateLimitGenerationsPerMinute", "0");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        // PostConfigure wins over anything the environment (DATABASE_PATH, OUTPUT_DIR) might say.
        builder.ConfigureTestServices(services => services.PostConfigure<JobsOptions>(o =>
        {
            o.DatabasePath = DatabasePath;
            o.OutputDir = OutputDir;
            o.MaxConcurrentRenders = maxConcurrentRenders;
            o.Preset = "ultrafast";
        }));
    }

    /// <summary>Runs SQL on the database file directly, as an operator (or a crash) would leave it.</summary>
    /// <returns>Rows changed.</returns>
    public async Task<int> ExecuteSqlAsync(string sql)
    {
        await using var connection = new SqliteConnection(JobDatabase.ConnectionString(DatabasePath));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Pooled connections keep the file open; let the temp folder go.
        SqliteConnection.ClearPool(new SqliteConnection(JobDatabase.ConnectionString(DatabasePath)));
    }
}
