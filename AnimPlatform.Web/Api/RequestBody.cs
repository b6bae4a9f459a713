using System.Text;

namespace AnimPlatform.Web.Api;

/// <summary>Reads a request body within a size limit: into memory once, then as UTF-8 text.</summary>
internal static class RequestBody
{
    /// <summary>
    /// Reads the whole body into memory and puts it back as the request's body (so it can be read again),
    /// returning its length; null when it is larger than <paramref name="maxBytes"/>.
    /// </summary>
    public static async Task<long?> BufferAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = await ReadBoundedAsync(request, maxBytes, cancellationToken);
        if (buffer is null) return null;
        buffer.Position = 0;
        request.Body = buffer;
        request.HttpContext.Response.RegisterForDispose(buffer);
        return buffer.Length;
    }

    /// <summary>The text (a byte order mark removed), or null when the body is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        // A body BufferAsync already holds is decoded where it lies, not copied again.
        if (request.Body is MemoryStream { Position: 0 } held && held.TryGetBuffer(out var bytes))
            return held.Length > maxBytes ? null : Decode(bytes.Array!, bytes.Offset, bytes.Count);
        using var buffer = await ReadBoundedAsync(request, maxBytes, cancellationToken);
        return buffer is null ? null : Decode(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string Decode(byte[] bytes, int offset, int count) =>
        AnimPlatform.Core.Manifest.TextChecks.StripByteOrderMark(Encoding.UTF8.GetString(bytes, offset, count));

    /// <summary>The body in memory, or null (nothing kept) as soon as it passes <paramref name="maxBytes"/>.</summary>
    private static async Task<MemoryStream?> ReadBoundedAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                await buffer.DisposeAsync();
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer;
    }
}
