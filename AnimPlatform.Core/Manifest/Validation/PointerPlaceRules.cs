using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Vocabulary;
using AnimPlatform.Core.Rendering.Pointers;

namespace AnimPlatform.Core.Manifest.Validation;

/// <summary>
/// Where a pointer may be: an index of a data-structure, a [row, col] of a grid, a node of a graph or tree.
/// Shared by the pointer kind (errors) and move-pointer (warnings: the renderer skips the move).
/// </summary>
internal static class PointerPlaceRules
{
    public static readonly IReadOnlyList<string> HostKinds = [ActionCatalog.DataStructure, "grid", ActionCatalog.Graph, ActionCatalog.Tree];

    /// <summary>The host's registration, or null after reporting at <paramref name="path"/> why it is unusable.</summary>
    public static RegisteredObject? Host(JsonNode? on, string path, string who, ValidationContext ctx, bool error)
    {
        var id = on.ScalarText();
        string? problem = null;
        RegisteredObject? host = null;
        if (string.IsNullOrEmpty(id)) problem = "needs the id of the object it points into";
        else if (!ctx.Objects.TryGetValue(id, out host)) problem = $"points into unknown object {Describe.Quote(id)}" + ctx.Suggest(id, ctx.Objects.Keys);
        else if (!HostKinds.Contains(host.Type ?? "")) problem = $"points into {Describe.Quote(id)}, a {host.Type}; pointers attach to {string.Join(", ", HostKinds)} objects";
        if (problem is null) return host;
        Report(ctx, error, path, $"{who} {problem}");
        return null;
    }

    /// <summary>Reports a place that does not exist on the host (node ids, grid bounds) or has the wrong shape.</summary>
    public static void Place(RegisteredObject host, JsonNode? place, string path, string who, ValidationContext ctx, bool error)
    {
        var src = host.Source;
        switch (host.Type)
        {
            case ActionCatalog.DataStructure when !FieldChecks.IsIndex(place):
                Report(ctx, error, path, $"{who}: a place in data-structure {Describe.Quote(host.Id)} is a cell index ≥ 0, not {Describe.Value(place)}");
                break;
            case "grid":
                var rows = src?["rows"].AsNumber() ?? 1;
                var cols = src?["cols"].AsNumber() ?? 1;
                if (place is not JsonArray { Count: 2 } pair || !FieldChecks.IsIndex(pair[0]) || !FieldChecks.IsIndex(pair[1])
                    || FieldChecks.Numeric(pair[0]) >= rows || FieldChecks.Numeric(pair[1]) >= cols)
                    Report(ctx, error, path, $"{who}: a place in grid {Describe.Quote(host.Id)} is a cell [row, col] inside its {rows}×{cols} cells, not {Describe.Value(place)}");
                break;
            case ActionCatalog.Graph or ActionCatalog.Tree:
                var ids = (src?["nodes"] as JsonArray ?? []).Select(n => n.Get("id").ScalarText()).OfType<string>().ToList();
                var id = place.ScalarText();
                // A tree may gain the node later (insert-node): only a warning there.
                if (id is null || !ids.Contains(id))
                    Report(ctx, error && host.Type == ActionCatalog.Graph, path, $"{who}: {Describe.Value(place)} is not a node of {host.Type} {Describe.Quote(host.Id)}"
                        + (ids.Count > 0 ? $" (nodes: {Describe.List(ids)})" : "") + ctx.Suggest(id, ids));
                break;
        }
    }

    public static void Side(JsonNode? side, string path, string who, ValidationContext ctx)
    {
        if (side is not null && (side.AsString() is not { } text || PointerSides.Parse(text) is null))
            ctx.Warning(path, $"{who}: side must be one of {string.Join(", ", PointerSides.Names)}, not {Describe.Value(side)} (below is used)");
    }

    private static void Report(ValidationContext ctx, bool error, string path, string message)
    {
        if (error) ctx.Error(path, message);
        else ctx.Warning(path, message);
    }
}
