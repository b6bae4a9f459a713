using System.Diagnostics.CodeAnalysis;

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
/// The 22 actions of spec §9 and the fields each requires. Shared by the validator (V21, V22, target-kind
/// warnings) and available to the renderer.
/// </summary>
public static class ActionCatalog
{
    public const string Graph = "graph", Tree = "tree", DataStructure = "data-structure", Text = "text";

    /// <summary>The object types of spec §7, in spec order.</summary>
    public static IReadOnlyList<string> ObjectTypes { get; } = [Graph, Tree, DataStructure, Text];

    private static readonly string[] None = [];
    private static readonly string[] GraphOrTree = [Graph, Tree];
    private static readonly string[] DataStructures = [DataStructure];

    private static ActionInfo Object(string name, string[] types, string[] fields, string[]? optional = null, bool durationRequired = true) =>
        new(name, true, types, fields, optional ?? None, durationRequired);

    private static ActionInfo Free(string name, string[] fields, string[]? optional = null) =>
        new(name, false, None, fields, optional ?? None, true);

    private static readonly ActionInfo[] All =
    [
        Object("fade-in", None, None),
        Object("fade-out", None, None),
        Object("highlight-node", GraphOrTree, ["node", "color"]),
        Object("highlight-edge", GraphOrTree, ["edge", "color"]),
        Object("move-node", GraphOrTree, ["node", "position"]),
        Object("move-to", None, ["position"]),
        Object("set-style", [Graph, Tree, Text], ["style"], ["node"]),
        Object("set-text", [Text], ["value"], durationRequired: false),
        Object("enqueue", DataStructures, ["values"]),
        Object("dequeue", DataStructures, None),
        Object("push", DataStructures, ["values"]),
        Object("pop", DataStructures, None),
        Object("init-cells", DataStructures, ["values"]),
        Object("set-cell", DataStructures, ["index", "value"]),
        Object("highlight-cell", DataStructures, ["index", "color"]),
        Object("swap-cells", DataStructures, ["indices"]),
        Object("insert-node", [Tree], ["node", "parent", "side"], ["label"]),
        Object("delete-node", [Tree], ["node"]),
        Free("camera-zoom", ["scale"], ["target"]), // target accepted and ignored (§9.7)
        Free("camera-pan", ["position"]),
        Free("camera-reset", None),
        Free("pause", None),
    ];

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
