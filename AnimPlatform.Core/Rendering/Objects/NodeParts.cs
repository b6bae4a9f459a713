using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>A graph or tree node: its sub-group (position), circle and label.</summary>
public sealed record NodeParts(GroupElement Group, CircleElement Circle, TextElement Label)
{
    /// <summary>True when no style set labelColor: the label turns black or white with the fill.</summary>
    public bool AutoLabel { get; init; }
}
