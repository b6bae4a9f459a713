namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>
/// The geometry of a graph edge between two node centres: straight (bend 0) or a quadratic curve whose
/// apex is <c>bend</c> px to the right of the direction of travel (the two edges of a pair bend apart).
/// Shared by the edge drawing, its weight label and the layout checks.
/// </summary>
public readonly record struct EdgeCurve(double Ax, double Ay, double Bx, double By, double Bend)
{
    public double Length => Math.Sqrt((Bx - Ax) * (Bx - Ax) + (By - Ay) * (By - Ay));

    /// <summary>Unit normal to the right of a→b (screen coordinates, y down).</summary>
    public (double X, double Y) Normal
    {
        get
        {
            var len = Length;
            return len < 1e-9 ? (0, -1) : (-(By - Ay) / len, (Bx - Ax) / len);
        }
    }

    /// <summary>The quadratic control point (twice the apex offset, so the curve's middle is <see cref="Bend"/> off the chord).</summary>
    public (double X, double Y) Control
    {
        get
        {
            var (nx, ny) = Normal;
            return ((Ax + Bx) / 2 + nx * 2 * Bend, (Ay + By) / 2 + ny * 2 * Bend);
        }
    }

    public (double X, double Y) At(double s)
    {
        var (cx, cy) = Control;
        var u = 1 - s;
        return (u * u * Ax + 2 * u * s * cx + s * s * Bx, u * u * Ay + 2 * u * s * cy + s * s * By);
    }

    /// <summary>The unit tangent at parameter s.</summary>
    public (double X, double Y) Tangent(double s)
    {
        var (cx, cy) = Control;
        var dx = 2 * (1 - s) * (cx - Ax) + 2 * s * (Bx - cx);
        var dy = 2 * (1 - s) * (cy - Ay) + 2 * s * (By - cy);
        var len = Math.Sqrt(dx * dx + dy * dy);
        return len < 1e-9 ? (1, 0) : (dx / len, dy / len);
    }

    /// <summary>The parameter where the curve leaves the circle of <paramref name="radius"/> around the end b (bisection).</summary>
    public double ExitAtEnd(double radius)
    {
        double lo = 0, hi = 1;
        for (var i = 0; i < 40; i++)
        {
            var mid = (lo + hi) / 2;
            var (x, y) = At(mid);
            if (Math.Sqrt((x - Bx) * (x - Bx) + (y - By) * (y - By)) > radius) lo = mid;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Points along the curve (for hit tests): n + 1 samples from a to b.</summary>
    public IEnumerable<(double X, double Y)> Samples(int n)
    {
        for (var i = 0; i <= n; i++) yield return At((double)i / n);
    }
}
