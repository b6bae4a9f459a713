using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Manifest.Normalization;
using AnimPlatform.Core.Manifest.Validation;
using AnimPlatform.Core.Rendering.Code;
using AnimPlatform.Core.Rendering.Objects;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Kinds;

/// <summary>code (extension): a panel of source lines with syntax colours, optional line numbers and a highlight band.</summary>
internal static class CodeKind
{
    public const string Type = "code";

    public static readonly ObjectKindDescriptor Descriptor = new()
    {
        Type = Type,
        Doc = "A panel of code lines (pseudocode or a real language) with syntax colours; highlight-line shows the line that runs.",
        Extension = true,
        Fields =
        [
            Req("code", FieldType.Any, "the code: a string (lines split at \\n) or a list of lines"),
            Req("position", FieldType.Position, "canvas position of the centre of the panel"),
            Opt("language", FieldType.String, string.Join(", ", SyntaxColorizer.LanguageNames), "pseudocode"),
            Opt("lineNumbers", FieldType.Boolean, "show line numbers", "true"),
        ],
        Style =
        [
            Style("fontSize", FieldType.Number, "20", "code font size, px (monospace)"),
            Style("width", FieldType.Number, "auto", "minimum panel width, px"),
            Style("background", FieldType.Color, "#161628", "panel fill"),
            Style("borderColor", FieldType.Color, "#3a3a5a", "panel outline"),
            Style("textColor", FieldType.Color, "#e6e6f0", "plain code"),
            Style("lineNumberColor", FieldType.Color, "#6c6c8a", "line numbers"),
            Style("keywordColor", FieldType.Color, "#c792ea", "keywords"),
            Style("stringColor", FieldType.Color, "#c3e88d", "string literals"),
            Style("commentColor", FieldType.Color, "#8a8aa8", "comments"),
            Style("numberColor", FieldType.Color, "#f78c6c", "numbers"),
            Style("typeColor", FieldType.Color, "#ffcb6b", "type and class names"),
            Style("highlightColor", FieldType.Color, "#f1c40f", "default band colour of highlight-line"),
            Style("dimOpacity", FieldType.Number, "0.4", "opacity of the lines not highlighted"),
        ],
        Build = (o, id, style) => new KindDefinition(id, Type, style, o, SceneModelBuilder.ReadPoint(o["position"])),
        CreateRuntime = (def, canvas) => new CodeRuntime((KindDefinition)def, canvas),
        Example = "{ id: code, type: code, language: python, position: { x: 1500, y: 300 }, code: \"for i in range(n):\\n    if a[i] > x:\\n        return i\" }",
        Check = Check,
        Repair = Repair,
    };

    private static void Check(JsonObject o, string path, string name, ValidationContext ctx)
    {
        if (o["code"] is { } code && code is not JsonArray && !code.IsScalar())
            ctx.Error($"{path}.code", $"code {name}: code must be a string or a list of lines, not {Describe.Kind(code)}");
        if (o["language"] is { } language && SyntaxColorizer.Language(language.AsString()) is null)
            ctx.Warning($"{path}.language", $"code {name}: unknown language {Describe.Value(language)} (drawn without colours); "
                + $"known: {Describe.List(SyntaxColorizer.LanguageNames)}");
    }

    private static void Repair(JsonObject o, string path, Action<string, string> warn)
    {
        if (o["code"] is not JsonArray) LenientValues.AsText(o, "code");
        if (o["language"] is { } language && SyntaxColorizer.Language(language.AsString()) is null)
        {
            o["language"] = "pseudocode";
            warn($"{path}.language", "unknown language — using pseudocode");
        }
        LenientNormalizer.FixPosition(o, path, warn);
    }
}
