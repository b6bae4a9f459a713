using AnimPlatform.Core.Rendering.Text;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>What drawing needs besides the canvas: shared fonts and text measurement caches.</summary>
public sealed class DrawContext(TextRenderer text)
{
    public TextRenderer Text { get; } = text;
}
