using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest.Model;

/// <summary>One entry of a timeline: an action or a parallel block (spec §8.1).</summary>
public abstract record TimelineEntry(string Path)
{
    public abstract double Duration { get; }

    /// <summary>
    /// The entry's step narration (<c>say</c>, top-level entries only; null when none): spoken as the entry starts
    /// when narration is on (the next entry waits for it), an optional caption when it is off.
    /// </summary>
    public string? Say { get; init; }
}

/// <summary>
/// One action. The action-specific fields stay in <see cref="Fields"/> (their types vary between authors:
/// <c>values</c> may be a scalar or a list); the accessors read them tolerantly.
/// </summary>
public sealed record ActionStep(string Path, string? Name, JsonObject Fields, double DurationSeconds) : TimelineEntry(Path)
{
    public override double Duration => DurationSeconds;

    public string? Target => Fields["target"].ScalarText();
    public string? Easing => Fields["easing"].AsString();
    public JsonNode? this[string key] => Fields[key];
}

public sealed record ParallelBlock(string Path, IReadOnlyList<ActionStep> Actions) : TimelineEntry(Path)
{
    public override double Duration => Actions.Count == 0 ? 0 : Math.Max(0, Actions.Max(a => a.Duration));
}
