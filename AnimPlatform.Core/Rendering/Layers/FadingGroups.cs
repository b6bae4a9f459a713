using AnimPlatform.Core.Rendering.Elements;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Layers;

/// <summary>
/// Cached pictures of large translucent groups (a 3,000-node graph fading in). A group below opacity 1 draws its
/// children into a transparent layer that is then blended onto the frame with the group's alpha. While only that
/// alpha changes, the layer's pixels stay the same: they are drawn once into a frame-sized bitmap here, and each
/// frame copies the bitmap into the layer (source-over onto transparent pixels is an exact copy), so the blend, and
/// every pixel, is the one a full draw makes. The picture is drawn again when the group's transform differs or
/// when anything its children draw may have changed since it was drawn (<see cref="ElementChanges.Contents"/>).
/// Only the frame source's own canvas uses it, and only for groups of at least <paramref name="minElements"/>
/// elements; at most <see cref="Capacity"/> pictures are kept (one frame bitmap each).
/// </summary>
internal sealed class FadingGroups(CompiledShow show, SKCanvas target, int width, int height, int minElements) : IDisposable
{
    public const int Capacity = 2;

    private readonly ElementChanges _changes = new(show.ChangeSpans);
    private readonly Dictionary<GroupElement, int> _sizes = new(ReferenceEqualityComparer.Instance);
    private readonly List<Picture> _pictures = [];

    /// <summary>Frames whose group picture was copied instead of drawn (a measure for tests and the bench).</summary>
    public int Reused { get; private set; }

    /// <summary>
    /// Draws <paramref name="group"/>'s children at <paramref name="t"/> into the layer the group has just opened on
    /// <paramref name="canvas"/>, from the cached picture when it still holds; false when the caller must draw them.
    /// </summary>
    public bool TryDrawChildren(GroupElement group, SKCanvas canvas, double t, DrawContext context)
    {
        if (!ReferenceEquals(canvas, target) || Size(group) < minElements) return false;
        if (canvas.DeviceClipBounds != new SKRectI(0, 0, width, height)) return false;
        var matrix = canvas.TotalMatrix;
        var picture = _pictures.Find(p => ReferenceEquals(p.Group, group));
        if (picture is not null && picture.Matrix == matrix && !_changes.Contents(group).Intersects(Math.Min(picture.Time, t), Math.Max(picture.Time, t)))
        {
            Reused++;
        }
        else
        {
            picture ??= Take(group);
            picture.Draw(group, matrix, t, context);
        }
        _pictures.Remove(picture);
        _pictures.Add(picture); // most recently used last
        canvas.Save();
        canvas.ResetMatrix();
        canvas.DrawImage(picture.Image, 0, 0, SKSamplingOptions.Default);
        canvas.Restore();
        return true;
    }

    /// <summary>A picture for <paramref name="group"/>: a new one, or the least recently used one when the cache is full.</summary>
    private Picture Take(GroupElement group)
    {
        if (_pictures.Count < Capacity) return new Picture(group, width, height);
        var oldest = _pictures[0];
        oldest.Group = group;
        return oldest;
    }

    /// <summary>Elements under the group, itself included (counted once per group).</summary>
    private int Size(GroupElement group)
    {
        if (_sizes.TryGetValue(group, out var size)) return size;
        static int Count(Element e) => 1 + (e is GroupElement g ? g.Children.Sum(Count) : 0);
        size = Count(group);
        _sizes[group] = size;
        return size;
    }

    public void Dispose()
    {
        foreach (var picture in _pictures) picture.Dispose();
        _pictures.Clear();
    }

    private sealed class Picture : IDisposable
    {
        private readonly SKCanvas _canvas;

        public Picture(GroupElement group, int width, int height)
        {
            Group = group;
            Bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
            _canvas = new SKCanvas(Bitmap);
        }

        public GroupElement Group { get; set; }
        public SKBitmap Bitmap { get; }

        /// <summary>The drawn picture as an image over the bitmap's own pixels (no copy; remade at each drawing).</summary>
        public SKImage Image { get; private set; } = null!;
        public SKMatrix Matrix { get; private set; }
        public double Time { get; private set; }

        /// <summary>The children at t under <paramref name="matrix"/> on transparent pixels, as the group's layer receives them.</summary>
        public void Draw(GroupElement group, SKMatrix matrix, double t, DrawContext context)
        {
            Group = group;
            Matrix = matrix;
            Time = t;
            Image?.Dispose(); // it shares the bitmap's pixels, about to change
            _canvas.Clear(SKColors.Transparent);
            _canvas.Save();
            _canvas.SetMatrix(matrix);
            foreach (var child in group.Children) child.Draw(_canvas, t, context);
            _canvas.Restore();
            _canvas.Flush();
            Image = SKImage.FromPixels(Bitmap.PeekPixels());
        }

        public void Dispose()
        {
            Image?.Dispose();
            _canvas.Dispose();
            Bitmap.Dispose();
        }
    }
}
