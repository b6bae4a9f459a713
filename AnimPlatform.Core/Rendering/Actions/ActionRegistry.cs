namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>Action name → handler. Adding an action means one handler class and one line here.</summary>
public static class ActionRegistry
{
    private static readonly Dictionary<string, IActionHandler> Handlers = new(StringComparer.Ordinal)
    {
        ["fade-in"] = new FadeHandler(1),
        ["fade-out"] = new FadeHandler(0),
        ["highlight-node"] = new HighlightNodeHandler(),
        ["highlight-edge"] = new HighlightEdgeHandler(),
        ["move-node"] = new MoveNodeHandler(),
        ["move-to"] = new MoveToHandler(),
        ["set-style"] = new SetStyleHandler(),
        ["set-text"] = new SetTextHandler(),
        ["enqueue"] = new AppendCellsHandler(),
        ["push"] = new AppendCellsHandler(),
        ["dequeue"] = new RemoveCellHandler(fromLeft: true),
        ["pop"] = new RemoveCellHandler(fromLeft: false),
        ["init-cells"] = new InitCellsHandler(),
        ["set-cell"] = new SetCellHandler(),
        ["highlight-cell"] = new HighlightCellHandler(),
        ["swap-cells"] = new SwapCellsHandler(),
        ["insert-node"] = new InsertNodeHandler(),
        ["delete-node"] = new DeleteNodeHandler(),
        ["camera-zoom"] = new CameraZoomHandler(),
        ["camera-pan"] = new CameraPanHandler(),
        ["camera-reset"] = new CameraResetHandler(),
        ["pause"] = new PauseHandler(),
    };

    public static IReadOnlyCollection<string> Names => Handlers.Keys;

    public static bool TryGet(string? name, out IActionHandler handler)
    {
        handler = null!;
        return name is not null && Handlers.TryGetValue(name, out handler!);
    }
}
