namespace AnimPlatform.Core.Generation;

/// <summary>Input sizes that keep generated videos readable (and short enough to render quickly).</summary>
public static class InputCaps
{
    public const int MaxArray = 12;
    public const int DefaultArray = 8;
    public const int MaxValueDigits = 4;
    public const int MaxGraphNodes = 10;
    public const int MaxGraphEdges = 20;
    public const int MaxTreeNodes = 10;
    public const int MaxHeapSize = 12;
    public const int MaxOperations = 16;
    public const int MaxListLength = 9;
    public const int MaxHashKeys = 10;
    public const int MaxBuckets = 10;
}
