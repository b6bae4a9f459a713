using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>Reads the fields of data-structure actions tolerantly.</summary>
internal static class CellValues
{
    /// <summary><c>values</c> as strings; a scalar counts as a one-element list (spec §9.5).</summary>
    public static List<string> Values(ActionStep step) => step["values"] switch
    {
        JsonArray list => list.Select(v => v is null ? "" : v.ScalarText() ?? v.ToJsonString()).ToList(),
        null => [],
        var scalar => [scalar.ScalarText() ?? scalar.ToJsonString()],
    };

    /// <summary>An integer index, or null when missing/non-numeric/fractional.</summary>
    public static int? Index(JsonNode? node)
    {
        var d = node.AsNumber() ?? (double.TryParse(node.AsString(), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null);
        if (d is not { } v || !double.IsFinite(v) || v != Math.Floor(v) || Math.Abs(v) > int.MaxValue) return null;
        return (int)v;
    }
}
