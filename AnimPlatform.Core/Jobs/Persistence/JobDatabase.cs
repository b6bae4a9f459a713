using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>Opens the SQLite file: connection settings, WAL journal, migrations.</summary>
public static class JobDatabase
{
    public static string ConnectionString(string databasePath) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(databasePath),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        // Seconds a write waits for another writer (the worker and the API write concurrently).
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>Creates the folder, switches to WAL (it persists in the file) and applies pending migrations.</summary>
    public static async Task InitializeAsync(JobsDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.GetDbConnection().DataSource is { Length: > 0 } file && Path.GetDirectoryName(file) is { Length: > 0 } dir)
            Directory.CreateDirectory(dir);
        // WAL lets the API read while the worker writes progress.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
