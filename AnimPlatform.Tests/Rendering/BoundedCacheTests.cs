using AnimPlatform.Core.Rendering.Text;
using Xunit;

namespace AnimPlatform.Tests.Rendering;

public class BoundedCacheTests
{
    [Fact]
    public void EvictsTheLeastRecentlyUsedBeyondCapacity()
    {
        var cache = new BoundedCache<int, string>(3);
        var created = 0;
        string Make(int k) { created++; return $"v{k}"; }
        foreach (var k in new[] { 1, 2, 3 }) cache.GetOrAdd(k, Make);
        cache.GetOrAdd(1, Make); // 1 is now the most recent; 2 the least
        cache.GetOrAdd(4, Make);
        Assert.Equal(3, cache.Count);
        Assert.Equal(4, created);
        cache.GetOrAdd(1, Make);
        Assert.Equal(4, created); // 1 survived
        cache.GetOrAdd(2, Make);
        Assert.Equal(5, created); // 2 was evicted and made again
    }

    [Fact]
    public void TextLayoutsOfAnimatedSizesStayWithinTheLimits()
    {
        var text = new TextRenderer(new TypefaceProvider());
        for (var i = 0; i < TextRenderer.LayoutCacheLimit + 500; i++)
        {
            var block = text.Layout($"step {i}", 12 + i * 0.01, false, "sans-serif");
            Assert.True(block.Width > 0);
        }
        var (layouts, fonts) = text.CacheSizes;
        Assert.Equal(TextRenderer.LayoutCacheLimit, layouts);
        Assert.Equal(TextRenderer.FontCacheLimit, fonts);
    }
}
