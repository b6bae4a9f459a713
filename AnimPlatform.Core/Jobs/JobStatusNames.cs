namespace AnimPlatform.Core.Jobs;

/// <summary>The lower-case names of <see cref="JobStatus"/> used in the database and in query strings.</summary>
public static class JobStatusNames
{
    private static readonly Dictionary<string, JobStatus> ByName =
        Enum.GetValues<JobStatus>().ToDictionary(ToText, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static string ToText(this JobStatus status) => status.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out JobStatus status) =>
        ByName.TryGetValue(text?.Trim() ?? "", out status);

    /// <summary>Parses a stored value; an unknown one (a newer version wrote it) reads as error, not a crash.</summary>
    public static JobStatus Parse(string text) => TryParse(text, out var status) ? status : JobStatus.Error;

    /// <summary>True once nothing will change the job any more.</summary>
    public static bool IsFinished(this JobStatus status) => status is JobStatus.Done or JobStatus.Error or JobStatus.Cancelled;
}
