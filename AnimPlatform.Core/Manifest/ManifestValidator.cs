using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Validation;

namespace AnimPlatform.Core.Manifest;

/// <summary>
/// Spec §13.1 checks V1–V26 on one (inherited) scene manifest, plus a few warnings for actions the
/// renderer would skip (§13.2). Never throws: any input shape yields diagnostics.
/// </summary>
public static class ManifestValidator
{
    /// <param name="manifest">A single-scene manifest (for a show: one scene after inheritance).</param>
    /// <param name="pathPrefix">Prepended to every path, e.g. <c>scenes[1].manifest.</c>.</param>
    public static IReadOnlyList<Diagnostic> Validate(JsonObject manifest, string pathPrefix = "")
    {
        var ctx = new ValidationContext(pathPrefix ?? "");
        if (manifest is null)
        {
            ctx.Error("", "manifest must be a mapping with meta, objects and timeline");
            return ctx.Diagnostics;
        }
        MetaRules.Check(manifest, ctx);     // V1–V8
        ObjectRules.Check(manifest, ctx);   // V9–V17 (registers object ids)
        TimelineRules.Check(manifest, ctx); // V18–V26
        ColorRules.Check(manifest, ctx);    // §4.2 colours, bounded length
        return ctx.Diagnostics;
    }
}
