using System.Text.Json.Serialization;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Where a job is in its life. queued → rendering → done | error; queued or rendering → cancelled.
/// Stored and sent over the API as the lower-case names.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<JobStatus>))]
public enum JobStatus
{
    [JsonStringEnumMemberName("queued")] Queued,
    [JsonStringEnumMemberName("rendering")] Rendering,
    [JsonStringEnumMemberName("done")] Done,
    [JsonStringEnumMemberName("error")] Error,
    [JsonStringEnumMemberName("cancelled")] Cancelled,
}
