using Microsoft.Data.Sqlite;

namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>
/// A consistent copy of the job database while the app runs: <c>VACUUM INTO</c> writes a compact snapshot of
/// one read transaction (WAL content included) to a new file, which is then checked with quick_check.
/// Restore = stop the app, copy the backup to DATABASE_PATH (removing any -wal/-shm beside it), start.
/// </summary>
public static class JobDatabaseBackup
{
    /// <summary>Writes the backup to <paramref name="destination"/> (which must not exist); returns its size in bytes.</summary>
    public static async Task<long> BackupAsync(string databasePath, string destination, CancellationToken cancellationToken = default)
    {
        var source = Path.GetFullPath(databasePath);
        var target = Path.GetFullPath(destination);
        if (!File.Exists(source)) throw new FileNotFoundException($"no job database at {source} (DATABASE_PATH)", source);
        if (File.Exists(target)) throw new IOException($"{target} already exists; choose a new file name for the backup");
        if (Path.GetDirectoryName(target) is { Length: > 0 } dir) Directory.CreateDirectory(dir);

        await JobDatabaseIntegrity.EnsureSoundAsync(source, cancellationToken);
        await using (var connection = new SqliteConnection(JobDatabase.ConnectionString(source)))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $target;";
            command.Parameters.AddWithValue("$target", target);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        SqliteConnection.ClearAllPools();
        if (await JobDatabaseIntegrity.QuickCheckAsync(target, cancellationToken) is var finding && finding != "ok")
            throw new JobDatabaseDamagedException(target, $"the backup failed its check: {finding}");
        return new FileInfo(target).Length;
    }
}
