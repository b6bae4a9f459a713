using System.Diagnostics;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;

namespace AnimPlatform.Tools.Bench;

/// <summary>
/// A generated, valid manifest of one graph with N nodes on a grid (edges to right and lower neighbours)
/// whose nodes are highlighted one after another, and its draw speed at a given size.
/// </summary>
public static class HeavyScene
{
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
        var timeline = new JsonArray();
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

    /// <summary>Frames per second drawing every frame of the first seconds (force: no reuse of unchanged frames).</summary>
    public static async Task<(double Fps, int Frames)> DrawFpsAsync(int nodes, int width, int height, CancellationToken token)
    {
        var file = Path.Combine(Path.GetTempPath(), $"animplatform-bench-heavy-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, Manifest(nodes).ToJsonString(JsonNodeExtensions.LenientJson), token);
        try
        {
            var doc = ManifestPipeline.LoadFile(file);
            if (!doc.IsValid) throw new InvalidOperationException($"generated heavy scene is not valid: {doc.Errors.First()}");
            var show = ShowCompiler.Compile(doc.Show);
            using var source = new FrameSource(show, 30, width, height);
            var frames = Math.Min(show.FrameCount(30), 90);
            source.RenderAt(0, force: true); // warm-up
            var watch = Stopwatch.StartNew();
            for (var k = 0; k < frames; k++) source.RenderAt(k / 30.0, force: true);
            return (frames / watch.Elapsed.TotalSeconds, frames);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
