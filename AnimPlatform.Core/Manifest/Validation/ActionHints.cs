using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Vocabulary;

namespace AnimPlatform.Core.Manifest.Validation;

/// <summary>
/// Warnings (never errors) for actions the renderer would turn into a no-op with a runtime warning
/// (spec §8.3, §13.2): a target of the wrong kind, fields of an unusable shape (from the descriptor's field
/// types) and the descriptor's own hints. Deliberately not checked (spec §13.1): node/edge existence,
/// index ranges, <c>values</c> type.
/// </summary>
internal static class ActionHints
{
    public static void Check(JsonObject action, ActionInfo info, string path, ValidationContext ctx)
    {
        if (!VocabularyRegistry.TryGetAction(info.Name, out var descriptor)) return;
        CheckTargetKind(action, descriptor, path, ctx);
        FieldChecks.Check(action, descriptor.Fields, path, descriptor.Name, ctx);
        if (!descriptor.Fields.Any(f => f.Name == "color") && action["color"] is { } color && !color.IsString())
            ctx.Warning($"{path}.color", $"color should be a string such as \"#ff6b6b\" or \"$name\", not {Describe.Kind(color)} "
                + "(an unparseable colour: the colour change is skipped)");
        descriptor.Hints?.Invoke(action, path, ctx);
    }

    private static void CheckTargetKind(JsonObject action, ActionDescriptor info, string path, ValidationContext ctx)
    {
        if (info.TargetKinds.Count == 0) return;
        if (action["target"].ScalarText() is not { } id || !ctx.Objects.TryGetValue(id, out var obj)) return;
        if (obj.Type is null || !VocabularyRegistry.TryGetKind(obj.Type, out _)) return; // V12/V13 already reported

        if (!info.AcceptsTargetKind(obj.Type))
            ctx.Warning($"{path}.target", $"({info.Name}) target {Describe.Quote(id)} is a {obj.Type}, but {info.Name} applies to "
                + $"{string.Join(" or ", info.TargetKinds)} objects; the action will do nothing");
    }
}
