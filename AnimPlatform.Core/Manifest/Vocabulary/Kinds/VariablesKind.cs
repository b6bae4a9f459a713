using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Manifest.Normalization;
using AnimPlatform.Core.Manifest.Validation;
using AnimPlatform.Core.Rendering.Objects;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Kinds;

/// <summary>variables (extension): a watch panel of name = value rows.</summary>
internal static class VariablesKind
{
    public const string Type = "variables";

    public static readonly ObjectKindDescriptor Descriptor = new()
    {
        Type = Type,
        Doc = "A watch panel of name = value rows (counters, swaps, current sum); set-var updates one with a flash.",
        Extension = true,
        Fields =
        [
            Req("vars", FieldType.Any, "the rows, in order: a mapping name → initial value, or a list of {name, value}"),
            Req("position", FieldType.Position, "canvas position of the centre of the panel"),
        ],
        Style =
        [
            Style("fontSize", FieldType.Number, "20", "row text size, px (monospace)"),
            Style("width", FieldType.Number, "auto", "minimum panel width, px"),
            Style("background", FieldType.Color, "#161628", "panel fill"),
            Style("borderColor", FieldType.Color, "#3a3a5a", "panel outline"),
            Style("nameColor", FieldType.Color, "#aaaacc", "names"),
            Style("valueColor", FieldType.Color, "#ffffff", "values (bold)"),
            Style("flashColor", FieldType.Color, "#f1c40f", "flash of set-var"),
        ],
        Build = (o, id, style) => new KindDefinition(id, Type, style, o, SceneModelBuilder.ReadPoint(o["position"])),
        CreateRuntime = (def, canvas) => new VariablesRuntime((KindDefinition)def, canvas),
        Example = "{ id: vars, type: variables, position: { x: 1500, y: 850 }, vars: { i: 0, comparisons: 0 } }",
        Check = Check,
        Repair = (o, path, warn) => LenientNormalizer.FixPosition(o, path, warn),
    };

    private static void Check(JsonObject o, string path, string name, ValidationContext ctx)
    {
        if (o["vars"] is { } vars && vars is not (JsonObject or JsonArray))
            ctx.Error($"{path}.vars", $"variables {name}: vars must be a mapping name → value or a list of {{name, value}}, not {Describe.Kind(vars)}");
    }
}
