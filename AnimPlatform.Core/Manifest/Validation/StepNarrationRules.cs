using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Vocabulary;

namespace AnimPlatform.Core.Manifest.Validation;

/// <summary>
/// Step narration: <c>say</c> on a top-level timeline entry must be a string of at most
/// <see cref="StepNarration.MaxSayLength"/> characters; inside a parallel block's action it is an error (the
/// block is the entry that waits for the voice); <c>meta.sayCaptions</c> must be true or false.
/// </summary>
internal static class StepNarrationRules
{
    public static void CheckEntry(JsonObject entry, string path, ValidationContext ctx)
    {
        if (!entry.TryGetPropertyValue(StepNarration.SayField, out var say)) return;
        var at = $"{path}.{StepNarration.SayField}";
        if (!say.IsString())
        {
            ctx.Error(at, $"say must be a string (the sentence to speak), not {Describe.Kind(say)}");
            return;
        }
        var text = say.AsString()!;
        if (string.IsNullOrWhiteSpace(text))
            ctx.Warning(at, "say is empty — nothing is spoken for this entry");
        else if (text.Length > StepNarration.MaxSayLength)
            ctx.Error(at, $"say is {text.Length} characters; at most {StepNarration.MaxSayLength} are allowed per entry "
                + "(split it over several entries or use the scene's narration)");
    }

    public static void CheckBlockChild(JsonObject child, string path, ValidationContext ctx)
    {
        if (child.ContainsKey(StepNarration.SayField))
            ctx.Error($"{path}.{StepNarration.SayField}",
                "say cannot be on an action inside a parallel block — put it on the block: { parallel: [...], say: \"…\" }");
    }

    public static void CheckMeta(JsonObject meta, ValidationContext ctx)
    {
        if (meta.TryGetPropertyValue(StepNarration.CaptionsField, out var value) && value.AsBool() is null)
            ctx.Error($"meta.{StepNarration.CaptionsField}", $"sayCaptions must be true or false, not {Describe.Value(value)}");
        if (meta.TryGetPropertyValue(StepNarration.ScopeField, out var scope)
            && scope.AsString() is not (StepNarration.EntryScope or StepNarration.StepScope))
            ctx.Error($"meta.{StepNarration.ScopeField}", $"sayScope must be {StepNarration.EntryScope} or {StepNarration.StepScope}, not {Describe.Value(scope)}");
    }
}
