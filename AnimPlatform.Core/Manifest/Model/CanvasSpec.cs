namespace AnimPlatform.Core.Manifest.Model;

public sealed record CanvasSpec(double Width, double Height, string Background)
{
    public const string DefaultBackground = "#1a1a2e";
}
