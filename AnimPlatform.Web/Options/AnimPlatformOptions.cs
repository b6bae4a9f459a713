using System.ComponentModel.DataAnnotations;

namespace AnimPlatform.Web.Options;

/// <summary>
/// Settings of the AnimPlatform server, bound from the configuration section "AnimPlatform"
/// (appsettings.json) and from the environment variables DATABASE_PATH, OUTPUT_DIR,
/// VIDEO_RETENTION_DAYS, MAX_CONCURRENT_RENDERS, HOST and PORT (which win).
/// Validated when the app starts.
/// </summary>
public sealed class AnimPlatformOptions
{
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

    /// <summary>HTTP port (env PORT). Ignored when ASPNETCORE_URLS / --urls is set.</summary>
    [Range(1, 65535, ErrorMessage = "PORT (AnimPlatform:Port) must be between {1} and {2}.")]
    public int Port { get; set; } = DefaultPort;
}
