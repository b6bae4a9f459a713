using System.Text;

namespace AnimPlatform.Web.Api;

/// <summary>Reads a request body as UTF-8 text, refusing more than a limit without buffering it.</summary>
internal static class RequestBody
{
    /// <summary>The text, or null when the body is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return AnimPlatform.Core.Manifest.TextChecks.StripByteOrderMark(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
