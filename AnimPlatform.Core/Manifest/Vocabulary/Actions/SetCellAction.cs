using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using static AnimPlatform.Core.Manifest.Normalization.LenientValues;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>set-cell — Changes one cell's value with a short pulse.</summary>
internal static class SetCellAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "set-cell",
        Doc = "Changes one cell's value with a short pulse.",
        TargetKinds = [K.DataStructure],
        Fields = [Req("index", FieldType.Index, "0-based cell index"), Req("value", FieldType.Any, "the new value")],
        DefaultDuration = "0.5s",
        Handler = new SetCellHandler(),
        Example = "{ action: set-cell, target: queue, index: 0, value: \"9\", duration: 0.5s }",
        Repair = SetCellRepair,
    };

    private static string? SetCellRepair(System.Text.Json.Nodes.JsonObject a, string path, Action<string, string> warn)
    {
        if (Integer(a["index"]) is not { } index) return "needs a numeric index";
        a["index"] = index;
        AsText(a, "value");
        return null;
    }
}
