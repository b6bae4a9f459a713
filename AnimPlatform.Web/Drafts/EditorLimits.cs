using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Web.Drafts;

/// <summary>Sizes the pages' editors are built for.</summary>
public static class EditorLimits
{
    /// <summary>
    /// The largest message the browser may send over the circuit. An editor's text travels as a JSON string inside
    /// the event message: a manifest at <see cref="ManifestLimits.MaxBytes"/> escapes (quotes, newlines, backslashes)
    /// to at most about twice its size, plus the envelope.
    /// </summary>
    public const long MaxCircuitMessageBytes = 2L * ManifestLimits.MaxBytes + 64 * 1024;

    /// <summary>The largest text an editor accepts, in characters (the manifest cap counts UTF-8 bytes, checked on parse).</summary>
    public const int MaxEditorChars = ManifestLimits.MaxBytes;
}
