using FFMpegCore.Pipes;
using SkiaSharp;

namespace AnimPlatform.Core.Video;

/// <summary>
/// Hands the shared bitmap's BGRA bytes to ffmpeg's pipe. One instance serves every frame and reuses one
/// buffer, so memory stays flat however long the video is.
/// </summary>
internal sealed class BitmapFrame(SKBitmap bitmap) : IVideoFrame
{
    private readonly byte[] _buffer = new byte[bitmap.ByteCount];

    public int Width => bitmap.Width;
    public int Height => bitmap.Height;
    public string PixelFormat => "bgra";

    public void Serialize(Stream pipe) => pipe.Write(bitmap.GetPixelSpan());

    public async Task SerializeAsync(Stream pipe, CancellationToken token)
    {
        bitmap.GetPixelSpan().CopyTo(_buffer);
        await pipe.WriteAsync(_buffer, token).ConfigureAwait(false);
    }
}
