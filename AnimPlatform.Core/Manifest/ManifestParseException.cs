namespace AnimPlatform.Core.Manifest;

/// <summary>The text is not a readable YAML/JSON document (syntax error, too large, too deep).</summary>
/// <param name="path">Where in the document, when known (e.g. <c>scenes[0].narration</c>); "" for the whole text.</param>
public sealed class ManifestParseException(string message, Exception? inner = null, string path = "") : Exception(message, inner)
{
    public string Path { get; } = path;
}
