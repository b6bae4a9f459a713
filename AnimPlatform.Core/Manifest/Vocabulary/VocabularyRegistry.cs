using System.Diagnostics.CodeAnalysis;
using AnimPlatform.Core.Manifest.Vocabulary.Actions;
using AnimPlatform.Core.Manifest.Vocabulary.Kinds;

namespace AnimPlatform.Core.Manifest.Vocabulary;

/// <summary>
/// The one place where object kinds and actions are registered. The validator, the lenient normaliser, the
/// scene model builder, the renderer, the docs page and the AI prompt read their tables from here; pages
/// may use it for completion data. Adding a kind or an action = its descriptor file, its runtime/handler
/// file, one line below, and its tests.
/// </summary>
public static class VocabularyRegistry
{
    private static readonly ObjectKindDescriptor[] AllKinds =
    [
        GraphKind.Descriptor,
        TreeKind.Descriptor,
        DataStructureKind.Descriptor,
        TextKind.Descriptor,
        CodeKind.Descriptor,
        GridKind.Descriptor,
        VariablesKind.Descriptor,
        PointerKind.Descriptor,
    ];

    private static readonly ActionDescriptor[] AllActions =
    [
        FadeInAction.Descriptor,
        FadeOutAction.Descriptor,
        HighlightNodeAction.Descriptor,
        HighlightEdgeAction.Descriptor,
        MoveNodeAction.Descriptor,
        MoveToAction.Descriptor,
        SetStyleAction.Descriptor,
        SetTextAction.Descriptor,
        EnqueueAction.Descriptor,
        DequeueAction.Descriptor,
        PushAction.Descriptor,
        PopAction.Descriptor,
        InitCellsAction.Descriptor,
        SetCellAction.Descriptor,
        HighlightCellAction.Descriptor,
        SwapCellsAction.Descriptor,
        InsertNodeAction.Descriptor,
        DeleteNodeAction.Descriptor,
        CameraZoomAction.Descriptor,
        CameraPanAction.Descriptor,
        CameraResetAction.Descriptor,
        PauseAction.Descriptor,
        HighlightLineAction.Descriptor,
        ClearHighlightAction.Descriptor,
        SetCodeAction.Descriptor,
        SetGridCellAction.Descriptor,
        HighlightGridCellAction.Descriptor,
        ClearGridCellAction.Descriptor,
        GridArrowAction.Descriptor,
        SetVarAction.Descriptor,
        MovePointerAction.Descriptor,
        InsertCellAction.Descriptor,
        DeleteCellAction.Descriptor,
        AddEdgeAction.Descriptor,
        RemoveEdgeAction.Descriptor,
    ];

    private static readonly Dictionary<string, ObjectKindDescriptor> KindsByType = AllKinds.ToDictionary(k => k.Type, StringComparer.Ordinal);
    private static readonly Dictionary<string, ActionDescriptor> ActionsByName = AllActions.ToDictionary(a => a.Name, StringComparer.Ordinal);

    /// <summary>Object kinds: the spec's four first, then extensions, in registration order.</summary>
    public static IReadOnlyList<ObjectKindDescriptor> Kinds => AllKinds;

    /// <summary>Actions: the spec's summary-table order first, then extensions.</summary>
    public static IReadOnlyList<ActionDescriptor> Actions => AllActions;

    public static IReadOnlyList<string> KindNames { get; } = AllKinds.Select(k => k.Type).ToArray();

    public static IReadOnlyList<string> ActionNames { get; } = AllActions.Select(a => a.Name).ToArray();

    public static bool TryGetKind(string? type, [NotNullWhen(true)] out ObjectKindDescriptor? kind)
    {
        kind = null;
        return type is not null && KindsByType.TryGetValue(type, out kind);
    }

    public static bool TryGetAction(string? name, [NotNullWhen(true)] out ActionDescriptor? action)
    {
        action = null;
        return name is not null && ActionsByName.TryGetValue(name, out action);
    }

    /// <summary>Fields every top-level timeline entry (an action or a parallel block) may carry besides its own.</summary>
    public static IReadOnlyList<FieldSpec> EntryFields { get; } = [StepNarration.Say];

    /// <summary>Extension fields of <c>meta</c> (a show's meta passes them to its scenes).</summary>
    public static IReadOnlyList<FieldSpec> MetaFields { get; } = [StepNarration.Captions, StepNarration.Scope];

    /// <summary>Fields the lenient normaliser keeps on an action besides <c>action</c> and <c>duration</c>.</summary>
    public static IReadOnlyCollection<string> LenientFields(ActionDescriptor action)
    {
        var keep = new List<string>();
        if (action.TargetRequired) keep.Add("target");
        keep.AddRange(action.Fields.Where(f => f.Lenient).Select(f => f.Name));
        if (action.Eased) keep.Add("easing");
        return keep;
    }
}
