using System.CommandLine;
using AnimPlatform.Core.Jobs.Persistence;
using AnimPlatform.Web.Options;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Cli.Verbs;

/// <summary>
/// <c>backup &lt;out.db&gt; [--database PATH]</c>: a consistent copy of the job database, safe while the app runs
/// (VACUUM INTO, then checked). The database is DATABASE_PATH (environment or appsettings.json) unless --database is given.
/// </summary>
public sealed class BackupVerb : ICliVerb
{
    public int Order => 80;

    public Command Create(CliContext context)
    {
        var target = new Argument<string>("out.db") { Description = "the copy to write" };
        var database = new Option<string?>("--database") { Description = "the job database (default: DATABASE_PATH)" };
        var command = new Command("backup", "consistent copy of the job database (safe while the app runs); default DATABASE_PATH") { target, database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (output, errors) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var source = parse.GetValue(database) ?? context.Services.GetRequiredService<IOptions<AnimPlatformOptions>>().Value.DatabasePath;
            var copy = parse.GetValue(target)!;
            try
            {
                var bytes = await JobDatabaseBackup.BackupAsync(source, copy, cancellationToken);
                await output.WriteLineAsync($"backed up {Path.GetFullPath(source)} to {Path.GetFullPath(copy)} ({bytes:N0} bytes, integrity ok)");
                return 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JobDatabaseDamagedException
                                           or Microsoft.Data.Sqlite.SqliteException)
            {
                await errors.WriteLineAsync($"error: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
