using AnimPlatform.Core.Manifest.Model;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Preview;

/// <summary>
/// Instant previews of a show being edited: compiled once, then any instant drawn on its own (frames are a
/// pure function of time) at a reduced size and served as JPEG — a few milliseconds per frame.
/// </summary>
public sealed class PreviewSession : IDisposable
{
    public const int DefaultWidth = 960;
    private readonly FrameSource _source;
    private readonly object _gate = new();
    private bool _disposed;
    // The last picture encoded: a frame whose pixels did not change (a pause, a hold) is not encoded again.
    private byte[]? _lastJpeg;
    private int _lastQuality;
    private string? _lastDataUrl;

    public PreviewSession(ShowDocument show, int maxWidth = DefaultWidth)
        : this(ShowCompiler.Compile(show), maxWidth)
    {
    }

    /// <summary>A show compiled elsewhere, e.g. with its narration's padding and subtitle tracks.</summary>
    public PreviewSession(CompiledShow compiled, int maxWidth = DefaultWidth)
    {
        Show = compiled;
        var width = Math.Min(maxWidth, Show.Width);
        var height = (int)Math.Round((double)Show.Height * width / Show.Width);
        _source = new FrameSource(Show, ShowDocument.FramesPerSecond, width, height);
    }

    public CompiledShow Show { get; }
    public double Duration => Show.Duration;
    public int FrameCount => Show.FrameCount(ShowDocument.FramesPerSecond);

    /// <summary>The picture at time t (clamped to the video) as a JPEG. Safe from any thread; after Dispose it throws.</summary>
    public byte[] Jpeg(double t, int quality = 85)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var drawn = _source.RenderAt(Math.Clamp(t, 0, Math.Max(0, Duration - 1e-6)));
            if (!drawn && _lastJpeg is not null && _lastQuality == quality) return _lastJpeg;
            _lastDataUrl = null;
            _lastQuality = quality;
            return _lastJpeg = _source.Encode(SKEncodedImageFormat.Jpeg, quality);
        }
    }

    /// <summary>The picture at time t as a data: URL (the same string as the last one when the pixels did not change).</summary>
    public string JpegDataUrl(double t)
    {
        lock (_gate)
        {
            var jpeg = Jpeg(t);
            return _lastDataUrl is not null && ReferenceEquals(jpeg, _lastJpeg)
                ? _lastDataUrl
                : _lastDataUrl = "data:image/jpeg;base64," + Convert.ToBase64String(jpeg);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _source.Dispose();
        }
    }
}
