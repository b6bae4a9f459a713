using System.Diagnostics;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;

namespace AnimPlatform.Tools.Bench;

/// <summary>
/// A generated, valid manifest of one graph with N nodes on a grid (edges to right and lower neighbours),
/// faded in over <see cref="FadeSeconds"/>, whose nodes are then highlighted one after another; and its draw speed.
/// </summary>
public static class HeavyScene
{
    /// <summary>The graph's fade-in (every object starts invisible, spec §5.2): its frames composite the whole graph through a layer.</summary>
    public const double FadeSeconds = 0.5;

    public static JsonObject Manifest(int nodes)
    {
        var columns = (int)Math.Ceiling(Math.Sqrt(nodes * 16.0 / 9));
        var rows = (nodes + columns - 1) / columns;
        var nodeList = new JsonArray();
        var edges = new JsonArray();
        for (var i = 0; i < nodes; i++)
        {
            var (c, r) = (i % columns, i / columns);
            nodeList.Add(new JsonObject
            {
                ["id"] = $"n{i}", ["label"] = $"{i}",
                ["x"] = 20 + c * (1880.0 / Math.Max(1, columns - 1)), ["y"] = 20 + r * (1040.0 / Math.Max(1, rows - 1)),
            });
            if (c + 1 < columns && i + 1 < nodes) edges.Add(new JsonObject { ["from"] = $"n{i}", ["to"] = $"n{i + 1}" });
            if (i + columns < nodes) edges.Add(new JsonObject { ["from"] = $"n{i}", ["to"] = $"n{i + columns}" });
        }
        var timeline = new JsonArray { new JsonObject { ["action"] = "fade-in", ["target"] = "graph", ["duration"] = $"{FadeSeconds}s" } };
        for (var i = 0; i < Math.Min(nodes, 60); i++)
            timeline.Add(new JsonObject
            {
                ["action"] = "highlight-node", ["target"] = "graph", ["node"] = $"n{i * 37 % nodes}",
                ["color"] = "#ff6b6b", ["duration"] = "0.5s",
            });
        return new JsonObject
        {
            ["meta"] = new JsonObject
            {
                ["title"] = $"{nodes} nodes", ["canvas"] = new JsonObject { ["width"] = 1920, ["height"] = 1080, ["background"] = "#1a1a2e" },
                ["defaults"] = new JsonObject { ["graph"] = new JsonObject { ["nodeRadius"] = 6, ["labelFont"] = "6px monospace" } },
            },
            ["objects"] = new JsonArray
            {
                new JsonObject { ["id"] = "graph", ["type"] = "graph", ["nodes"] = nodeList, ["edges"] = edges },
            },
            ["timeline"] = timeline,
        };
    }

    /// <summary>
    /// Frames per second drawing every frame of the first <paramref name="seconds"/> in order (force: no reuse of
    /// unchanged frames): during the fade-in, and after it (highlights, the figure the target is about).
    /// </summary>
    public static async Task<(double FadeFps, double SteadyFps, int Frames)> DrawFpsAsync(int nodes, int width, int height, double seconds,
        bool cacheLayers, CancellationToken token)
    {
        var file = Path.Combine(Path.GetTempPath(), $"animplatform-bench-heavy-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, Manifest(nodes).ToJsonString(JsonNodeExtensions.LenientJson), token);
        try
        {
            var doc = ManifestPipeline.LoadFile(file);
            if (!doc.IsValid) throw new InvalidOperationException($"generated heavy scene is not valid: {doc.Errors.First()}");
            var show = ShowCompiler.Compile(doc.Show);
            using var source = new FrameSource(show, 30, width, height) { CacheLayers = cacheLayers };
            var frames = Math.Min(show.FrameCount(30), (int)Math.Round(seconds * 30));
            var fadeFrames = (int)Math.Ceiling(FadeSeconds * 30);
            var watch = Stopwatch.StartNew();
            var fade = TimeSpan.Zero;
            for (var k = 0; k < frames; k++)
            {
                token.ThrowIfCancellationRequested();
                source.RenderAt(k / 30.0, force: true);
                if (k == fadeFrames - 1) fade = watch.Elapsed;
            }
            var steady = watch.Elapsed - fade;
            return (fadeFrames / fade.TotalSeconds, (frames - fadeFrames) / steady.TotalSeconds, frames);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
