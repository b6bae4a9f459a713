using System.Text;

namespace AnimPlatform.Core.Rendering.Text;

/// <summary>The original tool's character-by-character text morph (spec §9.4), indexed by UTF-16 code unit.</summary>
public static class TextMorph
{
    public static string At(string from, string to, double p)
    {
        if (p <= 0) return from;
        if (p >= 1) return to;
        var sb = new StringBuilder();
        if (to.Length >= from.Length)
        {
            var c = (int)Math.Floor(to.Length * p);
            var m = (int)Math.Floor(Lerp(from.Length - 1, to.Length, p));
            for (var i = 0; i < to.Length; i++)
            {
                if (i < c) sb.Append(to[i]);
                else if (i < from.Length) sb.Append(from[i]);
                else if (i <= m) sb.Append(to[i]);
            }
            return sb.ToString();
        }
        var cc = (int)Math.Round(from.Length * (1 - p), MidpointRounding.AwayFromZero);
        var mm = (int)Math.Floor(Lerp(from.Length + 1, to.Length, p));
        for (var i = from.Length - 1; i >= 0; i--)
        {
            if (i < cc) sb.Insert(0, from[i]);
            else if (i < to.Length) sb.Insert(0, to[i]);
            else if (i < mm) sb.Insert(0, from[i]);
        }
        return sb.ToString();
    }

    private static double Lerp(double a, double b, double p) => a + (b - a) * p;
}
