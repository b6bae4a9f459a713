namespace AnimPlatform.Core.Manifest.Model;

/// <summary>A position in canvas coordinates (origin top-left).</summary>
public readonly record struct Point2(double X, double Y);
