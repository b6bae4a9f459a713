namespace AnimPlatform.Core.Rendering.Colors;

/// <summary>Spec §4.2: colour tweens in CIE LCh (D65), hue along the shorter arc, alpha linear.</summary>
public static class LchInterpolator
{
    private const double Xn = 0.950470, Yn = 1, Zn = 1.088830;

    public static Rgba Lerp(Rgba from, Rgba to, double p)
    {
        if (p == 0) return from;
        if (p == 1) return to;
        var (l1, c1, h1) = ToLch(from);
        var (l2, c2, h2) = ToLch(to);
        var achromatic1 = Math.Round(c1, 4) == 0;
        var achromatic2 = Math.Round(c2, 4) == 0;
        if (achromatic1 && !achromatic2) h1 = h2;
        if (achromatic2 && !achromatic1) h2 = h1;
        var dh = h2 - h1;
        if (dh > 180) dh -= 360;
        else if (dh < -180) dh += 360;
        var l = l1 + (l2 - l1) * p;
        var c = c1 + (c2 - c1) * p;
        var h = h1 + dh * p;
        var rgb = FromLch(l, c, h);
        return rgb with { A = from.A + (to.A - from.A) * p };
    }

    private static (double L, double C, double H) ToLch(Rgba c)
    {
        double Lin(double v) { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4); }
        double r = Lin(c.R), g = Lin(c.G), b = Lin(c.B);
        var x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / Xn;
        var y = (0.2126729 * r + 0.7151522 * g + 0.0721750 * b) / Yn;
        var z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / Zn;
        double F(double t) => t > 0.008856452 ? Math.Cbrt(t) : t / 0.12841855 + 4.0 / 29;
        double fx = F(x), fy = F(y), fz = F(z);
        var L = 116 * fy - 16;
        var A = 500 * (fx - fy);
        var B = 200 * (fy - fz);
        var C = Math.Sqrt(A * A + B * B);
        var H = Math.Atan2(B, A) * 180 / Math.PI;
        if (H < 0) H += 360;
        return (L, C, H);
    }

    private static Rgba FromLch(double L, double C, double H)
    {
        var hr = H * Math.PI / 180;
        var a = C * Math.Cos(hr);
        var b = C * Math.Sin(hr);
        var fy = (L + 16) / 116;
        var fx = fy + a / 500;
        var fz = fy - b / 200;
        double Inv(double t) => t > 6.0 / 29 ? t * t * t : 0.12841855 * (t - 4.0 / 29);
        var x = Xn * Inv(fx);
        var y = Yn * Inv(fy);
        var z = Zn * Inv(fz);
        var r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
        var g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
        var bl = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
        double Gam(double v) { v = Math.Clamp(v, 0, 1); return 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * Math.Pow(v, 1 / 2.4) - 0.055); }
        return new Rgba(Math.Clamp(Gam(r), 0, 255), Math.Clamp(Gam(g), 0, 255), Math.Clamp(Gam(bl), 0, 255));
    }
}
