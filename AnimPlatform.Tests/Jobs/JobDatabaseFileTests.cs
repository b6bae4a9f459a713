using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Jobs.Persistence;
using AnimPlatform.Tests.Support;
using AnimPlatform.Web.Cli;
using AnimPlatform.Web.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AnimPlatform.Tests.Jobs;

/// <summary>
/// The database file itself, with real SQLite files: integrity check before start, WAL checkpoints that keep the
/// main file current, and the backup verb.
/// </summary>
[Trait("Category", TestCategory.Integration)]
public sealed class JobDatabaseFileTests : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private JobsTestServices _jobs = null!;

    public async Task InitializeAsync() => _jobs = await JobsTestServices.CreateAsync(_dir.Path, _clock);

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_with_its_path_and_what_to_do()
    {
        var path = _dir.File("garbage.db");
        await File.WriteAllBytesAsync(path, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7)).ToArray());

        var ex = await Assert.ThrowsAsync<JobDatabaseDamagedException>(() => JobDatabaseIntegrity.EnsureSoundAsync(path));
        Assert.Contains(path, ex.Message);
        Assert.Contains("DATABASE_PATH", ex.Message);
        Assert.Contains("backup", ex.Message);
    }

    [Fact]
    public async Task A_database_with_damaged_pages_fails_the_check_and_a_sound_one_passes()
    {
        for (var i = 0; i < 200; i++) await _jobs.Store.CreateAsync(new Job { Title = $"job {i} " + new string('x', 200) });
        var copy = await MainFileWithWalAsync("sound.db");
        await JobDatabaseIntegrity.EnsureSoundAsync(copy);
        Assert.Equal("ok", await JobDatabaseIntegrity.QuickCheckAsync(copy));

        // Scribble over every page after the first (the schema stays readable, the tables do not).
        var bytes = await File.ReadAllBytesAsync(copy);
        var random = new Random(7);
        for (var i = 4096; i < bytes.Length; i++) bytes[i] = (byte)random.Next(256);
        await File.WriteAllBytesAsync(copy, bytes);
        SqliteConnection.ClearAllPools();

        await Assert.ThrowsAsync<JobDatabaseDamagedException>(() => JobDatabaseIntegrity.EnsureSoundAsync(copy));
    }

    [Fact]
    public async Task Initializing_does_not_check_the_file_again_the_start_checks_it_once()
    {
        for (var i = 0; i < 200; i++) await _jobs.Store.CreateAsync(new Job { Title = $"job {i} " + new string('x', 200) });
        var copy = await MainFileWithWalAsync("damaged-jobs.db");
        // Scribble over the last two pages (the job rows, written last): the migration history stays readable.
        var bytes = await File.ReadAllBytesAsync(copy);
        Assert.True(bytes.Length > 16 * 4096, $"the database has {bytes.Length} bytes");
        var random = new Random(5);
        for (var i = bytes.Length - 2 * 4096; i < bytes.Length; i++) bytes[i] = (byte)random.Next(256);
        await File.WriteAllBytesAsync(copy, bytes);
        SqliteConnection.ClearAllPools();

        // The web app's one check before its host starts finds the damage …
        await Assert.ThrowsAsync<JobDatabaseDamagedException>(() => JobDatabaseIntegrity.EnsureSoundAsync(copy));
        // … and the initializer, which runs after it, does not read every page again.
        var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<JobsDbContext>()
            .UseSqlite(JobDatabase.ConnectionString(copy)).Options;
        await using (var db = new JobsDbContext(options))
            await JobDatabase.InitializeAsync(db);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task The_checkpointer_copies_the_wal_into_the_main_file_every_interval_and_truncates_it_at_stop()
    {
        var checkpointer = _jobs.Get<IEnumerable<IHostedService>>().OfType<JobDatabaseCheckpointer>().Single();
        await checkpointer.StartAsync(CancellationToken.None);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++) ids.Add((await _jobs.Store.CreateAsync(new Job { Title = $"job {i}" })).Id);

        _clock.Advance(_jobs.Options.CheckpointInterval);
        // The main file alone (as if the -wal were deleted now) holds every job once the tick has run.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (JobsInMainFileAlone() < ids.Count)
        {
            Assert.True(DateTime.UtcNow < deadline, "the checkpoint did not reach the main file");
            await Task.Delay(50);
        }

        await checkpointer.StopAsync(CancellationToken.None);
        Assert.Equal(0, new FileInfo(_jobs.Options.DatabasePath + "-wal").Length);
    }

    [Fact]
    public async Task Backup_verb_writes_a_checked_copy_with_every_job_and_never_overwrites()
    {
        for (var i = 0; i < 5; i++) await _jobs.Store.CreateAsync(new Job { Title = $"job {i}" });
        var backup = _dir.File("backups/jobs-backup.db");
        var output = new StringWriter();
        var errors = new StringWriter();

        var code = await CliRunner.TryRunAsync(["backup", backup, "--database", _jobs.Options.DatabasePath], output, errors);

        Assert.True(code == 0, errors.ToString());
        Assert.Contains("integrity ok", output.ToString());
        Assert.Equal("ok", await JobDatabaseIntegrity.QuickCheckAsync(backup));
        Assert.Equal(5L, await CountJobsAsync(backup));

        errors = new StringWriter();
        Assert.Equal(1, await CliRunner.TryRunAsync(["backup", backup, "--database", _jobs.Options.DatabasePath], new StringWriter(), errors));
        Assert.Contains("already exists", errors.ToString());

        errors = new StringWriter();
        Assert.Equal(1, await CliRunner.TryRunAsync(["backup", _dir.File("b2.db"), "--database", _dir.File("missing.db")], new StringWriter(), errors));
        Assert.Contains("no job database", errors.ToString());
    }

    /// <summary>A copy of the main file and its -wal, read as one database.</summary>
    private async Task<string> MainFileWithWalAsync(string name)
    {
        var backup = _dir.File(name);
        await JobDatabaseBackup.BackupAsync(_jobs.Options.DatabasePath, backup);
        return backup;
    }

    private long JobsInMainFileAlone()
    {
        var copy = _dir.File($"main-only-{Guid.NewGuid():N}.db");
        File.Copy(_jobs.Options.DatabasePath, copy);
        try { return CountJobsAsync(copy).GetAwaiter().GetResult(); }
        catch (SqliteException) { return 0; } // no jobs table yet in the main file
    }

    private static async Task<long> CountJobsAsync(string path)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM jobs";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync()
    {
        await _jobs.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
