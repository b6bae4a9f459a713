using System.Diagnostics.CodeAnalysis;
using AnimPlatform.Core.Manifest.Vocabulary;

namespace AnimPlatform.Core.Manifest;

/// <summary>
/// What one timeline action needs (spec §9 summary table).
/// </summary>
/// <param name="Name">The action name as written in a manifest.</param>
/// <param name="TargetRequired">True when the action acts on an object and therefore needs <c>target</c>.</param>
/// <param name="TargetTypes">Object types the action applies to; empty = any type (or no target at all).</param>
/// <param name="Fields">Action-specific required fields (not counting <c>target</c> and <c>duration</c>).</param>
/// <param name="OptionalFields">Action-specific optional fields (besides the common <c>easing</c>).</param>
/// <param name="DurationRequired">"R" in the <c>duration</c> column: its absence is a validator error.</param>
public sealed record ActionInfo(
    string Name,
    bool TargetRequired,
    IReadOnlyList<string> TargetTypes,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> OptionalFields,
    bool DurationRequired)
{
    /// <summary>Every field whose absence is an error (V22), in report order: target, own fields, duration.</summary>
    public IReadOnlyList<string> RequiredFields { get; } =
        [.. (TargetRequired ? new[] { "target" } : []), .. Fields, .. (DurationRequired ? new[] { "duration" } : [])];

    /// <summary>True when an object of <paramref name="objectType"/> is a meaningful target.</summary>
    public bool AcceptsTargetType(string objectType) => TargetTypes.Count == 0 || TargetTypes.Contains(objectType);
}

/// <summary>
/// The actions and the fields each requires, as the validator reads them (V21, V22, target-kind warnings);
/// derived from <see cref="VocabularyRegistry"/>.
/// </summary>
public static class ActionCatalog
{
    public const string Graph = "graph", Tree = "tree", DataStructure = "data-structure", Text = "text";

    /// <summary>The object kinds: the spec's four (§7, in spec order), then extensions (from the registry).</summary>
    public static IReadOnlyList<string> ObjectTypes => VocabularyRegistry.KindNames;

    private static readonly ActionInfo[] All = VocabularyRegistry.Actions.Select(a => new ActionInfo(
        a.Name, a.TargetRequired, a.TargetKinds,
        a.RequiredFields.Select(f => f.Name).ToArray(),
        a.OptionalFields.Select(f => f.Name).ToArray(),
        a.DurationRequired)).ToArray();

    private static readonly Dictionary<string, ActionInfo> ByName = All.ToDictionary(a => a.Name, StringComparer.Ordinal);

    /// <summary>All actions, in the order of the spec's summary table.</summary>
    public static IReadOnlyList<ActionInfo> Actions => All;

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool IsKnown(string? name) => name is not null && ByName.ContainsKey(name);

    public static bool TryGet(string? name, [NotNullWhen(true)] out ActionInfo? info)
    {
        info = null;
        return name is not null && ByName.TryGetValue(name, out info);
    }
}
