using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest.Validation;

/// <summary>Spec §13.1 V18–V26: the <c>timeline</c> list, its parallel blocks and every action.</summary>
internal static class TimelineRules
{
    public const string DurationHint = "use e.g. \"0.5s\", \"500ms\" or a number of seconds";

    public static void Check(JsonObject manifest, ValidationContext ctx)
    {
        var timeline = manifest["timeline"];
        if (timeline is not JsonArray entries)
        {
            ctx.Error("timeline", timeline is null
                ? "missing timeline (must be an array of actions; use [] for none)"
                : $"timeline must be an array of actions, not {Describe.Kind(timeline)}"); // V18
            return;
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var path = $"timeline[{i}]";
            // §8.1: a mapping with a parallel key is a block, even if it also has action.
            if (entries[i] is JsonObject entry && entry.ContainsKey("parallel"))
            {
                CheckBlock(entry["parallel"], path, ctx);
                StepNarrationRules.CheckEntry(entry, path, ctx);
                if (entry["action"] is { } ignored)
                    ctx.Warning($"{path}.action", $"action {Describe.Value(ignored)} is ignored: an entry with parallel is a parallel block");
            }
            else
            {
                CheckAction(entries[i], path, ctx);
                if (entries[i] is JsonObject action) StepNarrationRules.CheckEntry(action, path, ctx);
            }
        }
    }

    private static void CheckBlock(JsonNode? parallel, string path, ValidationContext ctx)
    {
        if (parallel is not JsonArray block)
        {
            ctx.Error($"{path}.parallel", $"parallel must be an array of actions, not {Describe.Kind(parallel)}"); // V19
            return;
        }
        for (var j = 0; j < block.Count; j++)
        {
            var childPath = $"{path}.parallel[{j}]";
            if (block[j] is JsonObject child && child.ContainsKey("parallel"))
                ctx.Error(childPath, "missing required field action: parallel blocks cannot be nested"); // V20
            else
            {
                CheckAction(block[j], childPath, ctx);
                if (block[j] is JsonObject action) StepNarrationRules.CheckBlockChild(action, childPath, ctx);
            }
        }
    }

    private static void CheckAction(JsonNode? node, string path, ValidationContext ctx)
    {
        if (node is not JsonObject action)
        {
            ctx.Error(path, $"missing required field action: a timeline entry must be a mapping with action (or parallel), not {Describe.Kind(node)}"); // V20
            return;
        }
        var nameNode = action["action"];
        if (!nameNode.IsTruthy())
        {
            ctx.Error(path, "missing required field action"); // V20
            return;
        }
        var name = nameNode.AsString();
        if (!ActionCatalog.TryGet(name, out var info))
        {
            ctx.Warning($"{path}.action", $"unknown action {Describe.Value(nameNode)} (it is skipped and only holds its duration; "
                + "remaining checks skipped)" + ctx.Suggest(name, ActionCatalog.Names)); // V21
            return;
        }

        foreach (var field in info.RequiredFields) // V22
            if (!action.ContainsKey(field))
                ctx.Error($"{path}.{field}", $"({info.Name}) missing required field {field}"
                    + (field == "duration" ? $" ({DurationHint})" : ""));

        // V23; a null target is only reported where the action acts on an object (camera-zoom ignores it).
        if (action.TryGetPropertyValue("target", out var target) && (target is not null || info.TargetRequired))
            CheckTarget(target, info, $"{path}.target", ctx);

        if (action["color"].AsString() is { } color && color.StartsWith('$')) // V24
            CheckPaletteRef(color, $"{path}.color", ctx);

        var easing = action["easing"];
        if (easing is not null && easing.AsString() != "" && !Easings.IsKnown(easing.AsString())) // V25
            ctx.Warning($"{path}.easing", $"unknown easing {Describe.Value(easing)} (linear is used)"
                + ctx.Suggest(easing.AsString(), Easings.Names));

        if (action.TryGetPropertyValue("duration", out var duration)) // V26 (an explicit null is invalid too)
        {
            DurationParser.Parse(duration, out var valid);
            if (duration is null || !valid)
                ctx.Error($"{path}.duration", $"invalid duration {Describe.Value(duration)} "
                    + (duration.AsNumber() is { } n && !(n >= 0) ? "(must be zero or positive; " : "(")
                    + DurationHint + ")");
        }

        ActionHints.Check(action, info, path, ctx);
    }

    private static void CheckTarget(JsonNode? target, ActionInfo info, string path, ValidationContext ctx)
    {
        var id = target.ScalarText();
        if (id is not null && ctx.Objects.ContainsKey(id)) return;
        var known = ctx.Objects.Count == 0 ? "the manifest defines no objects" : "objects: " + Describe.List(ctx.Objects.Keys);
        ctx.Error(path, id is null
            ? $"({info.Name}) target must be an object id, not {Describe.Kind(target)} ({known})"
            : $"({info.Name}) references unknown object {Describe.Quote(id)} ({known})" + ctx.Suggest(id, ctx.Objects.Keys));
    }

    private static void CheckPaletteRef(string color, string path, ValidationContext ctx)
    {
        var name = color[1..];
        if (ctx.Palette is { } palette && palette.TryGetPropertyValue(name, out var value) && value.IsTruthy()) return;
        var declared = ctx.PaletteNames.Count > 0 ? "palette: " + Describe.List(ctx.PaletteNames) : "meta.palette defines no colours";
        var what = ctx.Palette?.ContainsKey(name) == true ? "maps to an empty value" : "is not defined";
        ctx.Error(path, $"references unknown palette color {Describe.Quote(color)}: {what} ({declared})");
    }
}
