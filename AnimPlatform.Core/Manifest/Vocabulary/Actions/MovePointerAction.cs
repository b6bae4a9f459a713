using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Validation;
using AnimPlatform.Core.Manifest.Vocabulary.Kinds;
using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>move-pointer (extension): a pointer slides to another place.</summary>
internal static class MovePointerAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "move-pointer",
        Doc = "Slides a pointer to another place of its object (or of the object named in on); pointers left behind close up.",
        Extension = true,
        TargetKinds = [PointerKind.Type],
        Fields =
        [
            Req("to", FieldType.Any, "the new place: a cell index, [row, col] or a node id"),
            Opt("on", FieldType.String, "another data-structure, grid, graph or tree to move onto", "the pointer's object"),
        ],
        DefaultDuration = "0.4s",
        Handler = new MovePointerHandler(),
        Example = "{ action: move-pointer, target: i, to: 1, duration: 0.4s }",
        Hints = Hints,
        Repair = (a, _, _) => Normalization.LenientValues.Missing(a, "to") ? "needs to (the new place)" : null,
    };

    private static void Hints(JsonObject a, string path, ValidationContext ctx)
    {
        if (a["target"].ScalarText() is not { } id || !ctx.Objects.TryGetValue(id, out var pointer) || pointer.Type != PointerKind.Type) return;
        var on = a.ContainsKey("on") ? a["on"] : pointer.Source?["on"];
        var onPath = a.ContainsKey("on") ? $"{path}.on" : $"{path}.target";
        if (PointerPlaceRules.Host(on, onPath, "(move-pointer)", ctx, error: false) is not { } host) return;
        if (a.ContainsKey("to")) PointerPlaceRules.Place(host, a["to"], $"{path}.to", "(move-pointer)", ctx, error: false);
    }
}
