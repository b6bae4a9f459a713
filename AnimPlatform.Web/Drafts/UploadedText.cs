using System.Text;
using AnimPlatform.Core.Manifest;
using Microsoft.AspNetCore.Components.Forms;

namespace AnimPlatform.Web.Drafts;

/// <summary>Reads an uploaded manifest as text, refusing files that are not UTF-8 text (images, archives, videos).</summary>
public static class UploadedText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null when it is binary (a NUL byte or invalid UTF-8).</summary>
    public static async Task<string?> ReadAsync(IBrowserFile file)
    {
        await using var stream = file.OpenReadStream(ManifestLimits.MaxBytes);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (bytes.Contains((byte)0)) return null;
        try { return Strict.GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }
}
