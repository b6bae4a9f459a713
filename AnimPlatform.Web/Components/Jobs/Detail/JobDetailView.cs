using System.Text.Json;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Jobs;
using AnimPlatform.Web.Jobs;

namespace AnimPlatform.Web.Components.Jobs.Detail;

/// <summary>What the job page shows of a job besides its summary: the manifest and log as readable text, its scenes and length.</summary>
public sealed record JobDetailView(
    JobSummary Job,
    string ManifestText,
    string? GenerationLog,
    int SceneCount,
    double? Length,
    int QueuePosition)
{
    // Indented, and "&", "<", ">", "'" and non-ASCII letters as they are (the page HTML-encodes the text): "Push & Pop", not "Push \u0026 Pop".
    private static readonly JsonSerializerOptions Indented = AnimPlatform.Core.Manifest.JsonNodeExtensions.LenientJson;

    /// <summary>Reads the job's row once; null when there is no such job.</summary>
    public static async Task<JobDetailView?> LoadAsync(JobStore store, Guid id, CancellationToken cancellationToken = default)
    {
        var full = await store.GetAsync(id, cancellationToken);
        if (full is null) return null;
        var position = full.Status == JobStatus.Queued ? await store.QueuePositionAsync(id, cancellationToken) : 0;
        var (manifest, scenes) = ReadManifest(full.Manifest);
        return new JobDetailView(JobSummary.From(full), manifest, Readable(full.GenerationLog), scenes, LengthOf(full.Status, full.OutputPath), position);
    }

    /// <summary>After a status change: the fresh summary, with the length once the video exists.</summary>
    public JobDetailView With(JobSummary job, int queuePosition) =>
        this with { Job = job, QueuePosition = queuePosition, Length = Length ?? LengthOf(job.Status, job.OutputPath) };

    /// <summary>The video's own length (narration included), read from the MP4's header.</summary>
    private static double? LengthOf(JobStatus status, string? output) => status == JobStatus.Done ? Mp4Duration.Read(output) : null;

    /// <summary>The stored manifest indented, and its number of scenes (a single-scene manifest is one).</summary>
    private static (string Text, int Scenes) ReadManifest(string manifest)
    {
        try
        {
            var node = JsonNode.Parse(manifest);
            var scenes = node?["scenes"] is JsonArray list ? list.Count : node is JsonObject ? 1 : 0;
            return (node?.ToJsonString(Indented) ?? manifest, scenes);
        }
        catch (JsonException)
        {
            return (manifest, 0);
        }
    }

    /// <summary>The log is JSON text; shown indented when it parses, as it is otherwise.</summary>
    private static string? Readable(string? log)
    {
        if (string.IsNullOrWhiteSpace(log)) return null;
        try { return JsonNode.Parse(log)?.ToJsonString(Indented) ?? log; }
        catch (JsonException) { return log; }
    }
}
