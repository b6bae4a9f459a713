using System.ComponentModel.DataAnnotations;

namespace AnimPlatform.Web.Options;

/// <summary>
/// Settings of the AnimPlatform server, bound from the configuration section "AnimPlatform"
/// (appsettings.json) and from the environment variables DATABASE_PATH, OUTPUT_DIR,
/// VIDEO_RETENTION_DAYS, MAX_CONCURRENT_RENDERS, HOST, PORT, SHUTDOWN_GRACE_SECONDS, RENDER_STALL_TIMEOUT_SECONDS, MAX_RENDER_MINUTES, MIN_FREE_DISK_MB, ACCESS_TOKEN,
/// RATE_LIMIT_RENDERS_PER_MINUTE and RATE_LIMIT_GENERATIONS_PER_MINUTE (which win).
/// Validated when the app starts.
/// </summary>
public sealed class AnimPlatformOptions : IValidatableObject
{
    public const int MinAccessTokenLength = 12;

    public const string SectionName = "AnimPlatform";

    public const string DefaultDatabasePath = "./data/anim-platform.db";
    public const string DefaultOutputDir = "./output";
    public const string DefaultHost = "127.0.0.1";
    public const int DefaultPort = 5080;

    /// <summary>SQLite database file (env DATABASE_PATH). Relative paths are relative to the working directory.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "DATABASE_PATH (AnimPlatform:DatabasePath) must not be empty.")]
    public string DatabasePath { get; set; } = DefaultDatabasePath;

    /// <summary>Folder that receives rendered videos (env OUTPUT_DIR).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "OUTPUT_DIR (AnimPlatform:OutputDir) must not be empty.")]
    public string OutputDir { get; set; } = DefaultOutputDir;

    /// <summary>Days a rendered video is kept before clean-up (env VIDEO_RETENTION_DAYS).</summary>
    [Range(1, 3650, ErrorMessage = "VIDEO_RETENTION_DAYS (AnimPlatform:VideoRetentionDays) must be between {1} and {2}.")]
    public int VideoRetentionDays { get; set; } = 7;

    /// <summary>Renders allowed to run at the same time (env MAX_CONCURRENT_RENDERS).</summary>
    [Range(1, 16, ErrorMessage = "MAX_CONCURRENT_RENDERS (AnimPlatform:MaxConcurrentRenders) must be between {1} and {2}.")]
    public int MaxConcurrentRenders { get; set; } = 1;

    /// <summary>Interface Kestrel listens on (env HOST). Ignored when ASPNETCORE_URLS / --urls is set.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "HOST (AnimPlatform:Host) must not be empty.")]
    public string Host { get; set; } = DefaultHost;

    /// <summary>
    /// Host names the server answers besides localhost, the loopback addresses and HOST (env ALLOWED_HOSTS, ";" or ","
    /// separated, "*" for any). Needed for a DNS name when the app listens on 0.0.0.0 behind it.
    /// </summary>
    public string? AllowedHosts { get; set; }

    /// <summary>HTTP port (env PORT). Ignored when ASPNETCORE_URLS / --urls is set.</summary>
    [Range(1, 65535, ErrorMessage = "PORT (AnimPlatform:Port) must be between {1} and {2}.")]
    public int Port { get; set; } = DefaultPort;

    /// <summary>Seconds a running render may take to finish when the app is stopped (env SHUTDOWN_GRACE_SECONDS); then it is queued again.</summary>
    [Range(0, 20, ErrorMessage = "SHUTDOWN_GRACE_SECONDS (AnimPlatform:ShutdownGraceSeconds) must be between {1} and {2}.")]
    public int ShutdownGraceSeconds { get; set; } = 10;

    /// <summary>Seconds without progress after which a render is stopped and fails (env RENDER_STALL_TIMEOUT_SECONDS): a hung ffmpeg.</summary>
    [Range(5, 3600, ErrorMessage = "RENDER_STALL_TIMEOUT_SECONDS (AnimPlatform:RenderStallTimeoutSeconds) must be between {1} and {2}.")]
    public int RenderStallTimeoutSeconds { get; set; } = 120;

    /// <summary>Minutes one render may take in all before it is stopped and fails (env MAX_RENDER_MINUTES).</summary>
    [Range(1, 1440, ErrorMessage = "MAX_RENDER_MINUTES (AnimPlatform:MaxRenderMinutes) must be between {1} and {2}.")]
    public int MaxRenderMinutes { get; set; } = 60;

    /// <summary>
    /// This machine's render cost in microseconds per frame of one megapixel (env RENDER_COST_US): the
    /// factor of the estimate that refuses jobs that could not finish within MAX_RENDER_MINUTES.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "RENDER_COST_US (AnimPlatform:RenderCostMicroseconds) must be between {1} and {2}.")]
    public int RenderCostMicroseconds { get; set; } = 600;

    /// <summary>Estimated minutes of rendering one client may have queued at once (env MAX_QUEUED_MINUTES_PER_CLIENT); 0 = no budget.</summary>
    [Range(0, 1_000_000, ErrorMessage = "MAX_QUEUED_MINUTES_PER_CLIENT (AnimPlatform:MaxQueuedMinutesPerClient) must be between {1} and {2} (0 = no budget).")]
    public int MaxQueuedMinutesPerClient { get; set; } = 120;

    /// <summary>
    /// Free space (MB) the output folder's disk must keep (env MIN_FREE_DISK_MB): below it new renders are
    /// refused with 507 and /health/ready fails; 0 = no floor.
    /// </summary>
    [Range(0, 10_000_000, ErrorMessage = "MIN_FREE_DISK_MB (AnimPlatform:MinFreeDiskMegabytes) must be between {1} and {2} (0 = no floor).")]
    public int MinFreeDiskMegabytes { get; set; } = 500;

    /// <summary>
    /// When set (env ACCESS_TOKEN), every /api route needs "Authorization: Bearer &lt;token&gt;" and the pages a
    /// sign-in with the same token. Never logged or shown.
    /// </summary>
    public string? AccessToken { get; set; }

    /// <summary>Render submissions per minute per client (env RATE_LIMIT_RENDERS_PER_MINUTE); 0 = no limit.</summary>
    [Range(0, 100_000, ErrorMessage = "RATE_LIMIT_RENDERS_PER_MINUTE (AnimPlatform:RateLimitRendersPerMinute) must be between {1} and {2} (0 = no limit).")]
    public int RateLimitRendersPerMinute { get; set; } = 30;

    /// <summary>Validations (POST /api/v1/validate) per minute per client (env RATE_LIMIT_VALIDATIONS_PER_MINUTE); 0 = no limit.</summary>
    [Range(0, 100_000, ErrorMessage = "RATE_LIMIT_VALIDATIONS_PER_MINUTE (AnimPlatform:RateLimitValidationsPerMinute) must be between {1} and {2} (0 = no limit).")]
    public int RateLimitValidationsPerMinute { get; set; } = 120;

    /// <summary>Generations per minute per client (env RATE_LIMIT_GENERATIONS_PER_MINUTE); 0 = no limit.</summary>
    [Range(0, 100_000, ErrorMessage = "RATE_LIMIT_GENERATIONS_PER_MINUTE (AnimPlatform:RateLimitGenerationsPerMinute) must be between {1} and {2} (0 = no limit).")]
    public int RateLimitGenerationsPerMinute { get; set; } = 30;

    /// <summary>Where jobs live (env JOB_STORE): "sqlite" (embedded, the default) or "postgres" (distributed, with DATABASE_URL).</summary>
    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "JOB_STORE (AnimPlatform:JobStore) must be sqlite or postgres.")]
    public string JobStore { get; set; } = "sqlite";

    /// <summary>PostgreSQL of distributed mode (env DATABASE_URL): postgres://user:password@host:port/database or an Npgsql connection string.</summary>
    public string? DatabaseUrl { get; set; }

    /// <summary>Distributed renders: shortest chunk in seconds of video (env CHUNK_MIN_SECONDS).</summary>
    [Range(2, 3600, ErrorMessage = "CHUNK_MIN_SECONDS (AnimPlatform:ChunkMinSeconds) must be between {1} and {2}.")]
    public int ChunkMinSeconds { get; set; } = 10;

    /// <summary>
    /// Distributed mode: seconds after which a silent worker is taken for dead and its chunk goes to another
    /// (env WORKER_TIMEOUT_SECONDS; a live worker renews its claim every fifth of this).
    /// </summary>
    [Range(5, 3600, ErrorMessage = "WORKER_TIMEOUT_SECONDS (AnimPlatform:WorkerTimeoutSeconds) must be between {1} and {2}.")]
    public int WorkerTimeoutSeconds { get; set; } = 120;

    /// <summary>libx264 quality of job renders (env RENDER_CRF): 0 = lossless, 23 = default, 51 = worst.</summary>
    [Range(0, 51, ErrorMessage = "RENDER_CRF (AnimPlatform:RenderCrf) must be between {1} and {2}.")]
    public int RenderCrf { get; set; } = 23;

    public bool IsDistributed => JobStore == "postgres";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsDistributed && string.IsNullOrWhiteSpace(DatabaseUrl))
            yield return new ValidationResult(
                "DATABASE_URL (AnimPlatform:DatabaseUrl) must be set when JOB_STORE=postgres (e.g. postgres://anim:secret@db-host:5432/anim).",
                [nameof(DatabaseUrl)]);
        // The message never repeats the value: it is a secret.
        if (!string.IsNullOrEmpty(AccessToken) && (AccessToken.Length < MinAccessTokenLength || AccessToken.Any(char.IsWhiteSpace)))
            yield return new ValidationResult(
                $"ACCESS_TOKEN (AnimPlatform:AccessToken) must be at least {MinAccessTokenLength} characters without spaces (e.g. the output of `openssl rand -hex 24`).",
                [nameof(AccessToken)]);
    }
}
