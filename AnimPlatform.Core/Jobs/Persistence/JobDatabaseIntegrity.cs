using Microsoft.Data.Sqlite;

namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>SQLite's own check of a database file (<c>PRAGMA quick_check</c>: every page and index, in linear time).</summary>
public static class JobDatabaseIntegrity
{
    private const int SqliteCorrupt = 11, SqliteNotADatabase = 26;

    /// <summary>Throws <see cref="JobDatabaseDamagedException"/> when <paramref name="databasePath"/> exists and is damaged.</summary>
    public static async Task EnsureSoundAsync(string databasePath, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(databasePath)) return;
        if (new FileInfo(databasePath).Length == 0) return; // SQLite treats an empty file as a new database
        string finding;
        try
        {
            finding = await QuickCheckAsync(databasePath, cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            throw new JobDatabaseDamagedException(databasePath, ex.Message.TrimEnd('.'), ex);
        }
        if (finding != "ok") throw new JobDatabaseDamagedException(databasePath, $"PRAGMA quick_check reports \"{finding}\"");
    }

    /// <summary>"ok", or SQLite's first findings joined by "; ".</summary>
    public static async Task<string> QuickCheckAsync(string databasePath, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(databasePath),
            Mode = SqliteOpenMode.ReadWrite, // never create: a missing file is not "sound"
            Pooling = false,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(5);";
        var findings = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) findings.Add(reader.GetString(0));
        return string.Join("; ", findings);
    }
}
