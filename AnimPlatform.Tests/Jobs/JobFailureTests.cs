using System.ComponentModel;
using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Video;
using Microsoft.Data.Sqlite;

namespace AnimPlatform.Tests.Jobs;

/// <summary>Faults of the machine become messages that say what to do; the job's own problems stay as they are.</summary>
[Trait("Category", TestCategory.Integration)]
public sealed class JobFailureTests
{
    private static JobFailure From(Exception ex) => JobFailure.From(ex, "/srv/out", "/srv/jobs.db", TimeSpan.FromSeconds(90));

    [Fact]
    public void Each_fault_is_recognised_and_says_what_to_do()
    {
        // Typed causes: the exception's type, an I/O error's code (errno on Unix), ffmpeg's fault kind.
        const int enospc = 28, erofs = 30, epipe = 32;
        Assert.Equal(JobFailureKind.FfmpegMissing, From(new Win32Exception(2, "No such file or directory")).Kind);
        Assert.Equal(JobFailureKind.FfmpegMissing, From(new VideoEncodingException("ffmpeg was not found: install it", fault: FfmpegFault.NotFound)).Kind);
        Assert.Equal(JobFailureKind.FfmpegCrashed, From(new VideoEncodingException("ffmpeg failed: Segmentation fault", exitCode: 139)).Kind);
        Assert.Equal(JobFailureKind.FfmpegCrashed, From(new IOException("Broken pipe", epipe)).Kind);
        Assert.Equal(JobFailureKind.DiskFull, From(new IOException("No space left on device : '/srv/out/x'", enospc)).Kind);
        Assert.Equal(JobFailureKind.DiskFull, From(new VideoEncodingException("ffmpeg failed: x",
            fault: VideoEncodingException.Classify("av_interleaved_write_frame(): No space left on device"))).Kind);
        Assert.Equal(JobFailureKind.OutputNotWritable, From(new UnauthorizedAccessException("Access to the path '/srv/out/x' is denied.")).Kind);
        Assert.Equal(JobFailureKind.OutputNotWritable, From(new VideoEncodingException("ffmpeg failed: x",
            fault: VideoEncodingException.Classify("/srv/out/x: Read-only file system"))).Kind);
        Assert.Equal(JobFailureKind.OutputNotWritable, From(new IOException("Read-only file system", erofs)).Kind);
        Assert.Equal(JobFailureKind.DatabaseLocked, From(new InvalidOperationException("save", new SqliteException("database is locked", 5))).Kind);

        Assert.Contains("install ffmpeg: apt-get install -y ffmpeg", From(new Win32Exception()).Message);
        Assert.Contains("OUTPUT_DIR", From(new IOException("No space left on device", enospc)).Message);
        Assert.Contains("/srv/out", From(new IOException("Read-only file system", erofs)).Message);
        Assert.Contains("/srv/jobs.db", From(new SqliteException("database is locked", 5)).Message);
        Assert.Contains("90 s", From(new SqliteException("database is locked", 5)).Message);
    }

    [Fact]
    public void A_job_problem_is_never_read_as_a_machine_fault()
    {
        var failure = From(new JobRenderException("the manifest is not valid: objects[0].content: text 'Permission denied' is too long"));
        Assert.Equal(JobFailureKind.Job, failure.Kind);
        Assert.StartsWith("the manifest is not valid", failure.Message);
        Assert.Equal(JobFailureKind.Unexpected, From(new InvalidOperationException("boom")).Kind);
        Assert.Equal("unexpected error: boom", From(new InvalidOperationException("boom")).Message);
    }
}
