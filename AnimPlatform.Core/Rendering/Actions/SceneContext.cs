using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>What an action handler sees while one scene's timeline compiles: the scene, its objects, the camera, warnings.</summary>
public sealed class SceneContext(SceneManifest scene, GroupElement camera, IReadOnlyDictionary<string, ObjectRuntime> objects, List<Diagnostic> warnings)
{
    public const string DefaultHighlight = "#ff6b6b";

    public SceneManifest Scene { get; } = scene;
    public CanvasSpec Canvas => Scene.Meta.Canvas;
    public GroupElement Camera { get; } = camera;
    public IReadOnlyDictionary<string, ObjectRuntime> Objects { get; } = objects;

    /// <summary>Spec §4.4: action easing, else the scene's meta easing, else linear.</summary>
    public Func<double, double> Ease(ActionStep step) =>
        Easings.Get(!string.IsNullOrEmpty(step.Easing) ? step.Easing : Scene.Meta.Easing);

    public void Warn(ActionStep step, string message) => warnings.Add(Diagnostic.Warning(step.Path, $"{step.Name}: {message}"));

    /// <summary>A runtime warning about something other than an action (an object's definition).</summary>
    public void WarnAt(string path, string message) => warnings.Add(Diagnostic.Warning(path, message));

    /// <summary>The action's target when it exists and has the wanted kind; otherwise a warning and null.</summary>
    public T? Target<T>(ActionStep step, string kind) where T : ObjectRuntime
    {
        var id = step.Target;
        if (id is null || !Objects.TryGetValue(id, out var obj))
        {
            Warn(step, id is null ? "no target given" : $"target \"{id}\" does not exist");
            return null;
        }
        if (obj is T typed) return typed;
        Warn(step, $"target \"{id}\" is a {obj.Type}, not a {kind}");
        return null;
    }

    /// <summary>Parses an action colour (empty → fallback). Unparseable: warning, and the colour change is skipped.</summary>
    public bool TryColor(ActionStep step, string key, string fallback, out Rgba color)
    {
        var node = step[key];
        var text = node.IsTruthy() ? node.AsString() : fallback;
        if (text is not null && ColorParser.TryParse(text, out color)) return true;
        color = default;
        Warn(step, $"cannot parse colour {node?.ToJsonString() ?? "null"} — colour unchanged");
        return false;
    }

    /// <summary>A {x, y} mapping with numeric fields, converted to centred coordinates of this scene's canvas.</summary>
    public bool TryCentredPosition(ActionStep step, out double x, out double y)
    {
        x = y = 0;
        var p = step["position"];
        if (p.Get("x").AsNumber() is not { } px || p.Get("y").AsNumber() is not { } py || !double.IsFinite(px) || !double.IsFinite(py))
        {
            Warn(step, "position must be a mapping with numeric x and y");
            return false;
        }
        x = px - Canvas.Width / 2;
        y = py - Canvas.Height / 2;
        return true;
    }
}
