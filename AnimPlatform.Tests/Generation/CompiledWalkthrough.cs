using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Lint;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// A generated show's walkthrough scene, compiled as the renderer compiles it, and the shapes it draws at a moment as
/// lint sees them (1920×1080): what the layout tests of the generated lessons read.
/// </summary>
public sealed class CompiledWalkthrough
{
    private readonly GroupElement _camera = new();
    private readonly GroupElement _container;
    private readonly LayoutProbe _probe = new(RenderResources.CreateContext().Text, 1920, 1080);

    public SceneManifest Scene { get; }
    public SceneCompiler.SceneRun Run { get; }
    /// <summary>The compiler's warnings (a node or cell that does not exist …).</summary>
    public List<Diagnostic> Warnings { get; } = [];

    public CompiledWalkthrough(JsonObject show, string scene = "walkthrough")
    {
        var doc = ManifestPipeline.FromNode(show.DeepClone());
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        Scene = doc.Show.Scenes.Single(e => e.Name == scene).Scene;
        _container = _camera.Add(new GroupElement());
        Run = SceneCompiler.Run(Scene, _container, _camera, 0, Warnings);
    }

    /// <summary>The end of every timeline entry, in order, each once.</summary>
    public List<double> EntryEnds => Run.EntryEnds.Distinct().Order().ToList();

    /// <summary>The end of every entry and the middle of each (nodes and pointers on their way).</summary>
    public List<double> EndsAndMiddles
    {
        get
        {
            var ends = EntryEnds;
            return ends.Concat(ends.Zip(ends.Skip(1), (a, b) => (a + b) / 2)).ToList();
        }
    }

    /// <summary>Every shape the scene's objects draw at <paramref name="t"/>.</summary>
    public List<LayoutShape> Shapes(double t)
    {
        var shapes = new List<LayoutShape>();
        foreach (var def in Scene.Objects)
            if (Run.Objects.TryGetValue(def.Id, out var runtime)) _probe.Collect(def.Id, [_camera, _container], runtime.Root, t, shapes);
        return shapes;
    }
}
