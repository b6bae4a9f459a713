using System.Collections.Concurrent;
using System.Reflection;
using AnimPlatform.Core.Rendering.Animation;
using SkiaSharp;

namespace AnimPlatform.Core.Rendering.Elements;

/// <summary>
/// A drawable node of the scene graph (spec §5.1). It exists from <see cref="Born"/> until <see cref="Removed"/>.
/// Its animated tracks are declared once, as <see cref="Track{T}"/> properties: static-span detection finds
/// every one of them (so a track added to an element can never freeze frames by being left out of a list).
/// </summary>
public abstract class Element
{
    private static readonly ConcurrentDictionary<Type, Func<Element, IAnimatedTrack?>[]> TrackReaders = new();

    public double Born { get; set; } = double.NegativeInfinity;
    public double Removed { get; set; } = double.PositiveInfinity;

    public bool AliveAt(double t) => t >= Born && t < Removed;

    public abstract void Draw(SKCanvas canvas, double t, DrawContext context);

    /// <summary>The element's animated tracks (every property of a track type, public or not).</summary>
    public IEnumerable<IAnimatedTrack> AnimatedTracks =>
        TrackReaders.GetOrAdd(GetType(), Readers).Select(read => read(this)).OfType<IAnimatedTrack>();

    /// <summary>Collects the time spans during which this element's appearance may change (for static-frame detection).</summary>
    public void CollectChanges(ChangeCollector changes)
    {
        changes.AddInstant(Born);
        changes.AddInstant(Removed);
        foreach (var track in AnimatedTracks) changes.Add(track);
        CollectMoreChanges(changes);
    }

    /// <summary>Changes that are not tracks of this element: children, timed cues.</summary>
    protected virtual void CollectMoreChanges(ChangeCollector changes) { }

    private static Func<Element, IAnimatedTrack?>[] Readers(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => typeof(IAnimatedTrack).IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0)
            .Select(p => (Func<Element, IAnimatedTrack?>)(e => (IAnimatedTrack?)p.GetValue(e)))
            .ToArray();
}
