namespace AnimPlatform.Core.Jobs;

/// <summary>Settings of the job store, the render worker and clean-up (the web app fills them from its own options).</summary>
public sealed class JobsOptions
{
    /// <summary>SQLite file; relative paths are relative to the working directory.</summary>
    public string DatabasePath { get; set; } = "./data/anim-platform.db";

    /// <summary>Folder of the rendered videos (output/&lt;job id&gt;.mp4) and their posters.</summary>
    public string OutputDir { get; set; } = "./output";

    public int MaxConcurrentRenders { get; set; } = 1;

    /// <summary>Jobs older than this many days are deleted with their files.</summary>
    public int RetentionDays { get; set; } = 7;

    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Progress is written to the database at most this often (the notifier gets every update).</summary>
    public TimeSpan ProgressWriteInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a cancel waits for the render to stop and clean up before it answers.</summary>
    public TimeSpan CancelWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>libx264 preset of job renders.</summary>
    public string Preset { get; set; } = "veryfast";
}
