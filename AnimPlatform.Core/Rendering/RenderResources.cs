using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Text;

namespace AnimPlatform.Core.Rendering;

/// <summary>Process-wide drawing resources: fonts are looked up once and shared by every render.</summary>
public static class RenderResources
{
    private static readonly Lazy<TextRenderer> SharedText = new(() => new TextRenderer(new TypefaceProvider()));

    public static DrawContext CreateContext() => new(SharedText.Value);

    /// <summary>The shared text renderer, for measuring while a timeline compiles (layouts that depend on text width).</summary>
    public static TextRenderer Text => SharedText.Value;
}
