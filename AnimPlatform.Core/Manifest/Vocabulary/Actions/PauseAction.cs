using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>pause — Holds the picture for the duration.</summary>
internal static class PauseAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "pause",
        Doc = "Holds the picture for the duration.",
        TargetRequired = false,
        DefaultDuration = "5s",
        Eased = false,
        Handler = new PauseHandler(),
        Example = "{ action: pause, duration: 1s }",
        Repair = PauseRepair,
    };

    private static string? PauseRepair(System.Text.Json.Nodes.JsonObject a, string path, Action<string, string> warn)
    {
        if (!a.ContainsKey("duration") || DurationParser.Parse(a["duration"], out var valid) < 5 || !valid) a["duration"] = "5s";
        return null;
    }
}
