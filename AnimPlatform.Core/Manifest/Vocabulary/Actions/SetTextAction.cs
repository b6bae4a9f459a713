using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>set-text — Replaces a text's content: instantly, or morphing over the duration.</summary>
internal static class SetTextAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "set-text",
        Doc = "Replaces a text's content: instantly, or morphing over the duration.",
        TargetKinds = [K.Text],
        Fields = [Req("value", FieldType.Any, "the new content")],
        DurationRequired = false,
        DefaultDuration = null,
        Handler = new SetTextHandler(),
        Example = "{ action: set-text, target: title, value: \"Step 2\" }",
        Repair = SetTextRepair,
    };

    private static string? SetTextRepair(System.Text.Json.Nodes.JsonObject a, string path, Action<string, string> warn)
    {
        if (Missing(a, "value")) warn($"{path}.value", "set-text without value — using \"\"");
        AsText(a, "value");
        return null;
    }
}
