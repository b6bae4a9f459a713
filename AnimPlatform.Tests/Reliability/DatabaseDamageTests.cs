using System.Net.Http.Json;
using System.Text.Json;
using AnimPlatform.Tests.Api;
using AnimPlatform.Tests.Support;
using Microsoft.Data.Sqlite;

namespace AnimPlatform.Tests.Reliability;

/// <summary>
/// The app as a real process over a damaged database: a corrupted file stops the start with a clear message
/// (exit 1, no crash dump), and a crash followed by a deleted -wal file never costs a video.
/// </summary>
[Trait("Category", TestCategory.Reliability)]
[Collection(AppProcessCollection.Name)]
public sealed class DatabaseDamageTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string DatabasePath => Path.Combine(_dir.Path, "data", "jobs.db");

    [Fact]
    public async Task A_corrupted_database_file_stops_the_start_with_exit_1_and_says_what_to_do()
    {
        await using (var first = await AppProcess.StartAsync(_dir.Path))
            await first.TerminateAsync(TimeSpan.FromSeconds(30));
        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(DatabasePath);
        Assert.True(bytes.Length > 8192, $"the database has {bytes.Length} bytes");
        var random = new Random(11);
        for (var i = 4096; i < bytes.Length; i++) bytes[i] = (byte)random.Next(256);
        await File.WriteAllBytesAsync(DatabasePath, bytes);

        var (code, output) = await AppProcess.RunUntilExitAsync(_dir.Path, TimeSpan.FromSeconds(60));

        Assert.True(code == 1, $"exit {code}:\n{output}");
        Assert.Contains("is damaged", output);
        Assert.Contains(DatabasePath, output);
        Assert.DoesNotContain("Unhandled exception", output);
        Assert.DoesNotContain("   at ", output); // no stack trace
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_stops_the_start_with_exit_1()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await File.WriteAllTextAsync(DatabasePath, new string('#', 10_000));

        var (code, output) = await AppProcess.RunUntilExitAsync(_dir.Path, TimeSpan.FromSeconds(60));

        Assert.True(code == 1, $"exit {code}:\n{output}");
        Assert.Contains("is damaged", output);
        Assert.Equal(new string('#', 10_000), await File.ReadAllTextAsync(DatabasePath)); // never replaced by an empty one
    }

    [Fact]
    public async Task Deleting_the_wal_after_a_crash_never_costs_a_video()
    {
        Guid id;
        await using (var first = await AppProcess.StartAsync(_dir.Path))
        {
            id = await first.SubmitAsync(TestManifests.Tiny("kept"), "?width=320&height=180");
            var status = await first.WaitUntilFinishedAsync(id, TimeSpan.FromSeconds(120));
            Assert.Equal("done", status.GetProperty("status").GetString());
            await first.KillAsync();
        }
        var video = Path.Combine(_dir.Path, "output", $"{id}.mp4");
        Assert.True(File.Exists(video));
        File.Delete(DatabasePath + "-wal");

        await using var second = await AppProcess.StartAsync(_dir.Path);
        // Whatever survived in the main file: the job is either still known, or the table is empty and the
        // start-up sweep says so and keeps the files.
        var jobs = await second.Http.GetFromJsonAsync<JsonElement>("/api/v1/jobs");
        var known = jobs.GetProperty("jobs").EnumerateArray().Any(j => j.GetProperty("id").GetGuid() == id);
        if (!known)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!second.Output.Contains("the job table is empty"))
            {
                Assert.True(DateTime.UtcNow < deadline, $"no warning about the empty job table:\n{second.Output}");
                await Task.Delay(100);
            }
        }
        Assert.True(File.Exists(video), $"the video was removed (job known: {known}):\n{second.Output}");
    }

    public void Dispose() => _dir.Dispose();
}
