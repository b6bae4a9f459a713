using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Core.Rendering.Objects;

/// <summary>An object's drawable root plus the live state actions work on while the timeline compiles.</summary>
public abstract class ObjectRuntime(string id, string type, GroupElement root)
{
    public string Id { get; } = id;
    public string Type { get; } = type;
    public GroupElement Root { get; } = root;
}
