using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Manifest.Normalization;
using AnimPlatform.Core.Rendering.Objects;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Kinds;

/// <summary>text (spec §7.4): a text centred on its position.</summary>
internal static class TextKind
{
    public static readonly ObjectKindDescriptor Descriptor = new()
    {
        Type = ActionCatalog.Text,
        Doc = "A text centred on its position; \\n starts a new line.",
        Fields =
        [
            Req("content", FieldType.String, "the text (may be \"\"); \\n starts a new line"),
            Req("position", FieldType.Position, "canvas position of the centre of the text"),
            Opt("maxWidth", FieldType.Number, "extension: wrap the lines at spaces so none is wider than this many pixels (a longer single word keeps its own line); set-text wraps too"),
        ],
        Style =
        [
            Style("font", FieldType.String, "20px sans-serif", "CSS-like: a size in px, the word bold for bold, then the family"),
            Style("color", FieldType.Color, "#ffffff", "text colour"),
            Style("align", FieldType.String, "left", "left, center or right: aligns the lines of a multi-line text"),
        ],
        Build = (o, id, style) => new TextDefinition(id, style, o["content"].ScalarText() ?? "", SceneModelBuilder.ReadPoint(o["position"]))
        {
            MaxWidth = FieldChecks.Numeric(o["maxWidth"]) is { } w && double.IsFinite(w) && w > 0 ? w : null,
        },
        CreateRuntime = (def, canvas) => new TextRuntime((TextDefinition)def, canvas),
        Example = "{ id: title, type: text, content: \"Hello\", position: { x: 960, y: 100 }, style: { font: \"bold 40px sans-serif\" } }",
        Repair = Repair,
        Check = Check,
    };

    private static void Check(JsonObject o, string path, string name, Validation.ValidationContext ctx)
    {
        // A non-number is the field check's warning; a number must be positive.
        if (FieldChecks.Numeric(o["maxWidth"]) is { } n && !(n > 0))
            ctx.Error($"{path}.maxWidth", $"text {name}: maxWidth must be a positive number of pixels, not {Validation.Describe.Value(o["maxWidth"])}");
    }

    private static void Repair(JsonObject o, string path, Action<string, string> warn)
    {
        if (!o.ContainsKey("content") || o["content"] is null) o["content"] = "";
        else if (o["content"].AsString() is null) o["content"] = LenientValues.StringForm(o["content"]);
        LenientNormalizer.FixPosition(o, path, warn);
    }
}
