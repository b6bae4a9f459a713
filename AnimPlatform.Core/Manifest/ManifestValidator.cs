using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest;

/// <summary>Spec §13.1 checks V1–V26 on one (inherited) scene manifest. Being written: see the validator helper.</summary>
public static class ManifestValidator
{
    public static IReadOnlyList<Diagnostic> Validate(JsonObject manifest, string pathPrefix = "") => [];
}
