using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Manifest.Vocabulary;
using AnimPlatform.Core.Rendering.Actions;
using AnimPlatform.Core.Rendering.Elements;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering;

/// <summary>
/// Builds one scene's objects inside its container and plays its timeline symbolically from a start time,
/// turning every action into tweens. Entries run back to back; a parallel block's actions share a start.
/// </summary>
public static class SceneCompiler
{
    public static double Compile(SceneManifest scene, GroupElement container, GroupElement camera, double start, List<Diagnostic> warnings,
        CancellationToken cancellationToken = default) =>
        Run(scene, container, camera, start, warnings, cancellationToken).End;

    /// <summary>One scene compiled, with what layout checks need: its objects and when each timeline entry ends.</summary>
    public sealed record SceneRun(double End, IReadOnlyDictionary<string, ObjectRuntime> Objects, IReadOnlyList<double> EntryEnds);

    public static SceneRun Run(SceneManifest scene, GroupElement container, GroupElement camera, double start, List<Diagnostic> warnings,
        CancellationToken cancellationToken = default)
    {
        var ends = new List<double>();
        var objects = BuildObjects(scene, container);
        var context = new SceneContext(scene, camera, objects, warnings);
        AttachPointers(scene, objects, context);
        var t = start;
        foreach (var entry in scene.Timeline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (entry)
            {
                case ActionStep step:
                    Apply(step, t, context, warnings);
                    break;
                case ParallelBlock block:
                    foreach (var step in block.Actions) Apply(step, t, context, warnings);
                    break;
            }
            t += entry.Duration;
            ends.Add(t);
        }
        return new SceneRun(t, objects, ends);
    }

    private static Dictionary<string, ObjectRuntime> BuildObjects(SceneManifest scene, GroupElement container)
    {
        var canvas = scene.Meta.Canvas;
        var objects = new Dictionary<string, ObjectRuntime>();
        foreach (var def in scene.Objects)
        {
            if (!VocabularyRegistry.TryGetKind(def.Type, out var kind))
                throw new InvalidOperationException($"unhandled object type {def.Type}");
            var runtime = kind.CreateRuntime(def, canvas);
            objects[def.Id] = runtime;
            container.Add(runtime.Root);
        }
        return objects;
    }

    /// <summary>Pointers find their host once every object exists (a pointer may be defined before its array).</summary>
    private static void AttachPointers(SceneManifest scene, Dictionary<string, ObjectRuntime> objects, SceneContext context)
    {
        for (var i = 0; i < scene.Objects.Count; i++)
            if (objects.GetValueOrDefault(scene.Objects[i].Id) is Pointers.PointerRuntime pointer)
                pointer.Attach(context, $"objects[{i}]");
    }

    private static void Apply(ActionStep step, double start, SceneContext context, List<Diagnostic> warnings)
    {
        if (!ActionRegistry.TryGet(step.Name, out var handler))
        {
            // Unknown or missing action: draws nothing, holds its parsed duration (spec §8.3).
            warnings.Add(Diagnostic.Warning(step.Path, step.Name is null
                ? "entry has no action — skipped"
                : $"unknown action \"{step.Name}\" — skipped"));
            return;
        }
        try
        {
            handler.Apply(step, start, step.Duration, context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A defect in one action must not take the render (or the server) down with it.
            warnings.Add(Diagnostic.Warning(step.Path, $"{step.Name} could not be applied: {ex.Message}"));
        }
    }
}
