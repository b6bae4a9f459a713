namespace AnimPlatform.Core.Jobs.Persistence;

/// <summary>
/// The job database file failed SQLite's integrity check (or is not a database at all): the app refuses to
/// start on it rather than answer from a half-read table or recreate an empty one over it.
/// </summary>
public sealed class JobDatabaseDamagedException(string databasePath, string finding, Exception? inner = null)
    : Exception(Describe(databasePath, finding), inner)
{
    public string DatabasePath { get; } = databasePath;

    private static string Describe(string path, string finding) =>
        $"The job database {path} (DATABASE_PATH) is damaged: {finding}. The app will not start on it. " +
        "Stop the app, move the file (and any -wal/-shm beside it) away, then either restore a backup made with " +
        "`AnimPlatform.Web backup <file>` by copying it to DATABASE_PATH, or start without a file to begin empty " +
        "(videos of jobs no longer known are moved to OUTPUT_DIR/quarantine, not deleted).";
}
