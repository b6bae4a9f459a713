using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>Opens the SQLite file: connection settings, WAL journal, migrations.</summary>
public static class JobDatabase
{
    public const int DefaultBusyTimeoutSeconds = 30;

    /// <param name="databasePath">The SQLite file.</param>
    /// <param name="busyTimeoutSeconds">Seconds a write waits for another writer (the worker and the API write
    /// concurrently; another program may hold the file) before it fails with "database is locked".</param>
    public static string ConnectionString(string databasePath, int busyTimeoutSeconds = DefaultBusyTimeoutSeconds) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(databasePath),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = busyTimeoutSeconds,
    }.ToString();

    /// <summary>True when <paramref name="exception"/> (or one it wraps) is SQLite's "database is busy/locked".</summary>
    public static bool IsBusy(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: 5 or 6 }) return true; // SQLITE_BUSY, SQLITE_LOCKED
            // PostgreSQL: serialization failure, deadlock, too many connections, a connection dropped mid-write.
            if (e is Npgsql.PostgresException { SqlState: "40001" or "40P01" or "53300" or "57P03" }) return true;
            if (e is Npgsql.NpgsqlException { IsTransient: true } and not Npgsql.PostgresException) return true;
        }
        return false;
    }

    /// <summary>
    /// Creates the folder, switches to WAL (it persists in the file) and applies pending migrations (PostgreSQL:
    /// migrations only). The file's integrity is not checked here: the web app checks it once, before its host starts
    /// (<see cref="JobDatabaseIntegrity.EnsureSoundAsync"/> in Program), so a damaged file stops the start with one message.
    /// </summary>
    public static async Task InitializeAsync(JobsDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }
        if (db.Database.GetDbConnection().DataSource is { Length: > 0 } file && Path.GetDirectoryName(file) is { Length: > 0 } dir)
            Directory.CreateDirectory(dir);
        // WAL lets the API read while the worker writes progress.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// Copies the WAL's committed pages into the main file. TRUNCATE (at shutdown) also empties the -wal file;
    /// PASSIVE (every minute) never waits for readers or writers. Either way a lost -wal file then costs at most
    /// the writes since the last checkpoint.
    /// </summary>
    public static Task CheckpointAsync(JobsDbContext db, bool truncate, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync(truncate ? "PRAGMA wal_checkpoint(TRUNCATE);" : "PRAGMA wal_checkpoint(PASSIVE);", cancellationToken);
}
