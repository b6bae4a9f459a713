using System.Collections.Concurrent;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Text;

/// <summary>
/// Maps CSS family names to installed faces (sans-serif → Liberation Sans, monospace → DejaVu Sans Mono,
/// as in the reference frames) and finds fallback faces for characters a face lacks, so text never
/// renders as empty boxes.
/// </summary>
public sealed class TypefaceProvider
{
    private static readonly Dictionary<string, string[]> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sans-serif"] = ["Liberation Sans", "Arial", "DejaVu Sans"],
        ["monospace"] = ["DejaVu Sans Mono", "Liberation Mono", "Courier New"],
        ["serif"] = ["Liberation Serif", "DejaVu Serif", "Times New Roman"],
    };

    private readonly ConcurrentDictionary<(string, bool), SKTypeface> _faces = new();
    private readonly ConcurrentDictionary<(int, bool), SKTypeface> _fallbacks = new();
    private readonly SKFontManager _manager = SKFontManager.Default;

    public SKTypeface Get(string family, bool bold) => _faces.GetOrAdd((family, bold), key => Resolve(key.Item1, key.Item2));

    /// <summary>A face that has a glyph for <paramref name="codepoint"/>, preferring <paramref name="primary"/>.</summary>
    public SKTypeface ForCharacter(SKTypeface primary, int codepoint, bool bold)
    {
        if (HasGlyph(primary, codepoint)) return primary;
        return _fallbacks.GetOrAdd((codepoint, bold), key =>
        {
            var style = key.Item2 ? SKFontStyle.Bold : SKFontStyle.Normal;
            foreach (var name in new[] { "DejaVu Sans", "Liberation Sans", "DejaVu Sans Mono" })
            {
                var face = _manager.MatchFamily(name, style);
                if (face is not null && HasGlyph(face, key.Item1)) return face;
            }
            return _manager.MatchCharacter(null, style, null, key.Item1) ?? primary;
        });
    }

    private readonly ConcurrentDictionary<(SKTypeface, int), bool> _glyphs = new();

    /// <summary>Cached: text is laid out on every drawn frame, so each (face, character) is asked once.</summary>
    private bool HasGlyph(SKTypeface face, int codepoint) => _glyphs.GetOrAdd((face, codepoint), static key =>
    {
        using var font = new SKFont(key.Item1);
        return font.GetGlyph(key.Item2) != 0;
    });

    private SKTypeface Resolve(string family, bool bold)
    {
        var style = bold ? SKFontStyle.Bold : SKFontStyle.Normal;
        foreach (var raw in family.Split(','))
        {
            var name = raw.Trim().Trim('"', '\'');
            if (name.Length == 0) continue;
            var candidates = Generic.TryGetValue(name, out var mapped) ? mapped : [name];
            foreach (var candidate in candidates)
            {
                var face = _manager.MatchFamily(candidate, style);
                if (face is not null && string.Equals(face.FamilyName, candidate, StringComparison.OrdinalIgnoreCase))
                    return face;
            }
        }
        return _manager.MatchFamily(Generic["sans-serif"][0], style)
               ?? _manager.MatchFamily(null, style)
               ?? SKTypeface.Default;
    }
}
