using AnimPlatform.Core.Rendering.Text;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>What drawing needs besides the canvas: shared fonts and text measurement caches.</summary>
public sealed class DrawContext(TextRenderer text)
{
    public TextRenderer Text { get; } = text;

    /// <summary>Cached pictures of large fading groups, when the frame source uses cached layers (null: draw every child).</summary>
    internal Layers.FadingGroups? Fades { get; set; }
}
