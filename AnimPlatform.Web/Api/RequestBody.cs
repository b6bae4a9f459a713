using System.Text;

namespace AnimPlatform.Web.Api;

/// <summary>Reads a request body as UTF-8 text, refusing more than a limit without buffering it.</summary>
internal static class RequestBody
{
    /// <summary>
    /// Reads the whole body into memory and puts it back as the request's body (so it can be read again),
    /// returning its length; null when it is larger than <paramref name="maxBytes"/>.
    /// </summary>
    public static async Task<long?> BufferAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        request.Body = buffer;
        request.HttpContext.Response.RegisterForDispose(buffer);
        return buffer.Length;
    }

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
