using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Actions;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Pointers;

/// <summary>
/// A labelled marker (i, j, lo, mid, hi, pivot, head, tail …) attached to a place of another object
/// (<c>on</c>, <c>at</c>). Its root sits at the canvas centre like a graph's; the marker follows its host.
/// Live state while the timeline compiles: the host and the stack level at the current place.
/// </summary>
public sealed class PointerRuntime : ObjectRuntime
{
    private readonly JsonObject _source;

    public PointerElement Marker { get; }
    public string? HostId { get; private set; }
    public int Level { get; private set; }

    public PointerRuntime(KindDefinition def, CanvasSpec canvas) : base(def.Id, def.Type, new GroupElement(0, 0, 0))
    {
        _source = def.Source;
        var style = new StyleReader(def.Style);
        var fill = style.Color("color", "#f1c40f");
        var text = style.Text("textColor") is not null ? style.Color("textColor", "#000000") : Contrast.ReadableOn(fill);
        var label = def.Source["label"].ScalarText() is { Length: > 0 } l ? l : def.Id;
        var side = PointerSides.Parse(def.Source["side"].AsString()) ?? PointerSide.Below;
        Marker = Root.Add(new PointerElement(label, fill, text, style.Number("fontSize", 18), side));
    }

    /// <summary>Puts the pointer at its initial place once every object of the scene exists.</summary>
    public void Attach(SceneContext context, string path)
    {
        if (Resolve(context, _source["on"].ScalarText(), _source["at"], out var problem) is not { } anchor)
        {
            context.WarnAt(path, $"pointer \"{Id}\": {problem} — it is not drawn");
            return;
        }
        Marker.Place(anchor);
        Level = FreeLevel(context, anchor.Key);
        Marker.Level.Set(double.NegativeInfinity, Level);
    }

    /// <summary>move-pointer: slides to another place (of the same host, or of <paramref name="hostId"/>).</summary>
    public bool MoveTo(SceneContext context, string? hostId, JsonNode? place, double start, double duration, Func<double, double> ease, out string? problem)
    {
        if (Resolve(context, hostId ?? HostId, place, out problem) is not { } anchor) return false;
        var old = Marker.Anchor?.Key;
        if (old == anchor.Key) return true;
        if (old is not null)
            foreach (var other in Others(context, old).Where(p => p.Level > Level))
                other.SetLevel(other.Level - 1, start, duration, ease);
        Marker.SlideTo(anchor, start, duration, ease);
        SetLevel(FreeLevel(context, anchor.Key), start, duration, ease);
        return true;
    }

    private void SetLevel(int level, double start, double duration, Func<double, double> ease)
    {
        Level = level;
        Marker.Level.Animate(start, duration, level, ease);
    }

    private PointerAnchor? Resolve(SceneContext context, string? hostId, JsonNode? place, out string? problem)
    {
        problem = null;
        if (hostId is null) problem = "no object given in on";
        else if (!context.Objects.TryGetValue(hostId, out var host)) problem = $"object \"{hostId}\" does not exist";
        else if (host is not IPointerHost target) problem = $"\"{hostId}\" is a {host.Type}; pointers attach to data-structure, grid, graph and tree objects";
        else if (target.Anchor(place, Marker.Side, out problem) is { } anchor)
        {
            HostId = hostId;
            return anchor;
        }
        return null;
    }

    private IEnumerable<PointerRuntime> Others(SceneContext context, string key) =>
        context.Objects.Values.OfType<PointerRuntime>().Where(p => p != this && p.Marker.Anchor?.Key == key && p.Marker.Side == Marker.Side);

    /// <summary>The lowest stack level no other pointer uses at the place.</summary>
    private int FreeLevel(SceneContext context, string key)
    {
        var used = Others(context, key).Select(p => p.Level).ToHashSet();
        var level = 0;
        while (used.Contains(level)) level++;
        return level;
    }
}
