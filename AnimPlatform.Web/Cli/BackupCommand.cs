using AnimPlatform.Core.Jobs.Persistence;
using AnimPlatform.Web.Options;

namespace AnimPlatform.Web.Cli;

/// <summary>
/// `backup <out.db> [--database PATH]`: a consistent copy of the job database, safe while the app runs
/// (VACUUM INTO, then checked). The database is DATABASE_PATH (environment or appsettings.json) unless --database is given.
/// </summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(CliArguments cli, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var database = cli.Get("database") ?? ConfiguredDatabasePath();
        try
        {
            var bytes = await JobDatabaseBackup.BackupAsync(database, cli.Positional[0], cancellationToken);
            await output.WriteLineAsync($"backed up {Path.GetFullPath(database)} to {Path.GetFullPath(cli.Positional[0])} ({bytes:N0} bytes, integrity ok)");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JobDatabaseDamagedException
                                       or Microsoft.Data.Sqlite.SqliteException)
        {
            await errors.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }

    /// <summary>DATABASE_PATH as the app reads it: appsettings.json beside the app, then the environment.</summary>
    private static string ConfiguredDatabasePath()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddAnimPlatformEnvironment()
            .Build();
        var path = configuration[$"{AnimPlatformOptions.SectionName}:{nameof(AnimPlatformOptions.DatabasePath)}"];
        return string.IsNullOrWhiteSpace(path) ? AnimPlatformOptions.DefaultDatabasePath : path;
    }
}
