namespace AnimPlatform.Core.Manifest;

/// <summary>The text is not a readable YAML/JSON document (syntax error, too large, too deep).</summary>
public sealed class ManifestParseException(string message, Exception? inner = null) : Exception(message, inner);
