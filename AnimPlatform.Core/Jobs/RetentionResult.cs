namespace AnimPlatform.Core.Jobs;

/// <summary>
/// What one retention sweep did: jobs deleted (with their files), files deleted (temp files of renders that
/// are not running, quarantined files past the retention), and videos or posters of no job moved to quarantine.
/// </summary>
public sealed record RetentionResult(int JobsDeleted, int OrphanFilesDeleted, int OrphansQuarantined = 0);
