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

    /// <summary>How often the SQLite WAL is copied into the main file (and at shutdown, truncated).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Progress is written to the database at most this often (the notifier gets every update).</summary>
    public TimeSpan ProgressWriteInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a cancel waits for the render to stop and clean up before it answers.</summary>
    public TimeSpan CancelWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one database write waits for a lock held by someone else before it fails.</summary>
    public TimeSpan DatabaseBusyTimeout { get; set; } = TimeSpan.FromSeconds(Persistence.JobDatabase.DefaultBusyTimeoutSeconds);

    /// <summary>
    /// How long the worker keeps retrying to record a finished render while the database stays locked; after
    /// that the job fails with a message saying what to do (recording that error is retried until it succeeds).
    /// </summary>
    public TimeSpan DatabaseRetryWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// When the app is asked to stop (SIGTERM), how long running renders may take to finish; after that they
    /// are stopped and queued again, to start over at the next start.
    /// </summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A render that reports no progress for this long is stopped and fails (a hung ffmpeg).</summary>
    public TimeSpan RenderStallTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// The longest one render may run, all stages together (preparing, narrating, frames, muxing); then it is
    /// stopped and fails. No job can hold a worker slot past this.
    /// </summary>
    public TimeSpan MaxRenderTime { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>
    /// How many times a job may be started in all. A job found "rendering" at start-up (the process died
    /// under it) that was already started this often fails instead of being rendered again, so a job that
    /// brings the process down cannot do so for ever.
    /// </summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Free bytes the output folder's disk must keep; below it new renders are refused (0 = no floor).</summary>
    public long MinFreeDiskBytes { get; set; } = 500L * 1024 * 1024;

    /// <summary>
    /// This machine's render speed for <see cref="RenderCostEstimate"/>: seconds to draw and encode one frame
    /// of one megapixel with few objects (bench measures it; the default is this project's 2-core machine
    /// with a margin).
    /// </summary>
    public double RenderSecondsPerMegapixelFrame { get; set; } = 0.0006;

    /// <summary>Estimated render time one client may have queued or rendering at once (infinite: no budget).</summary>
    public TimeSpan MaxQueuedRenderTimePerClient { get; set; } = TimeSpan.FromMinutes(120);

    /// <summary>libx264 preset of job renders.</summary>
    public string Preset { get; set; } = "veryfast";

    /// <summary>libx264 constant rate factor of job renders (0 = lossless).</summary>
    public int Crf { get; set; } = 23;

    /// <summary>
    /// This process's name on the leases it takes. Embedded mode keeps the fixed <see cref="EmbeddedNode"/>: the
    /// one process that owns the SQLite file takes back its own leases when it starts again. Distributed
    /// workers get a unique name (machine, process), so one never takes another's running job.
    /// </summary>
    public string NodeName { get; set; } = EmbeddedNode;

    public const string EmbeddedNode = "embedded";

    /// <summary>Distributed renders: the shortest chunk, in seconds of video (CHUNK_MIN_SECONDS).</summary>
    public double ChunkMinSeconds { get; set; } = 10;

    /// <summary>Distributed renders: chunks planned per render slot of the workers seen (a little over one evens out the finish).</summary>
    public int ChunksPerSlot { get; set; } = 2;

    /// <summary>How often a distributed chunk renews the job's lease and looks at its stored status (cancel).</summary>
    public TimeSpan ChunkHeartbeat { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claim lives without a heartbeat; the renderer renews it every third of this.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);
}
