using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Rendering.Layers;
using AnimPlatform.Tools.Bench;

namespace AnimPlatform.Tests.Rendering;

/// <summary>
/// Frames drawn from cached layers (static elements drawn once, moving ones redrawn in their rectangles with
/// everything above and below them) have exactly the pixels of frames that draw every element.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class LayerCacheTests
{
    [Theory]
    [InlineData("bfs-traversal-v2.yaml")]
    [InlineData("bubble-sort-test.yaml")]
    [InlineData("stack-dynamic.yaml")]
    [InlineData("bfs-course/show.yaml")]
    [InlineData("presets/bfs.json")]
    [InlineData("presets/bubble-sort.json")]
    [InlineData("presets/stack.json")]
    public void Shared_examples_from_cached_layers_equal_drawing_everything(string example)
    {
        var doc = ManifestPipeline.LoadFile(Path.Combine(TestPaths.ExamplesDir, example));
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        // Scaled output: the frame's scale is part of what a cached item must reproduce.
        AssertSamePixels(ShowCompiler.Compile(doc.Show), 192, 108, LayerRules.Always, force: false, frames: int.MaxValue);
    }

    [Fact]
    public void Elements_moving_over_and_under_static_ones_keep_their_order()
    {
        var show = ShowCompiler.Compile(Load(MovingScene()).Show);
        AssertSamePixels(show, 640, 360, LayerRules.Always, force: true, frames: int.MaxValue);
    }

    [Fact]
    public void Large_graph_uses_the_cache_with_the_default_rules_and_gives_the_same_pixels()
    {
        var show = ShowCompiler.Compile(Load(HeavyScene.Manifest(400)).Show);
        AssertSamePixels(show, 480, 270, LayerRules.Default, force: true, frames: 120);
    }

    /// <summary>A 400-node graph fading in: only its alpha changes, so its picture is drawn once and blended each frame.</summary>
    [Fact]
    public void A_large_graph_fading_in_is_drawn_once_and_blended_with_the_same_pixels()
    {
        var show = ShowCompiler.Compile(Load(HeavyScene.Manifest(400)).Show);
        var fadeFrames = (int)(HeavyScene.FadeSeconds * 30);
        var reused = AssertSamePixels(show, 480, 270, LayerRules.Default, force: true, frames: fadeFrames, layered: false);
        Assert.True(reused >= fadeFrames - 3, $"the fading graph's picture was reused in {reused} of {fadeFrames} frames");
    }

    /// <summary>
    /// Fading groups whose children change during the fade (a highlight, a node moving, the scaled frame), a group
    /// moving while it fades, and a small group under the default rules (drawn as before): the same pixels as drawing everything.
    /// </summary>
    [Theory]
    [InlineData(640, 360)]
    [InlineData(320, 180)]
    public void Groups_that_change_while_they_fade_are_drawn_again_when_they_change(int width, int height)
    {
        var show = ShowCompiler.Compile(Load(FadingScene()).Show);
        // Cached layers only where nothing changes (a changing frame is drawn in full), every group's picture cached.
        var fadesOnly = new LayerRules(MinItems: 0, MaxChangingShare: 0, MaxDirtyShare: 0, FadeMinElements: 0);
        var reused = AssertSamePixels(show, width, height, fadesOnly, force: true, frames: int.MaxValue, layered: false);
        Assert.True(reused > 10, $"a fading group's picture was reused in only {reused} frames");
    }

    private static int AssertSamePixels(CompiledShow show, int width, int height, LayerRules rules, bool force, int frames, bool layered = true)
    {
        using var cached = new FrameSource(show, 30, width, height) { LayerRules = rules };
        using var plain = new FrameSource(show, 30, width, height) { CacheLayers = false };
        var count = Math.Min(frames, show.FrameCount(30));
        var drawnFrames = 0;
        for (var k = 0; k < count; k++)
        {
            var drawn = cached.RenderAt(k / 30.0, force);
            Assert.Equal(drawn, plain.RenderAt(k / 30.0, force));
            if (!drawn) continue;
            drawnFrames++;
            var a = cached.Bitmap.GetPixelSpan();
            var b = plain.Bitmap.GetPixelSpan();
            if (a.SequenceEqual(b)) continue;
            var differ = new List<string>();
            for (var i = 0; i < a.Length; i += 4)
                if (!a.Slice(i, 4).SequenceEqual(b.Slice(i, 4)))
                    differ.Add($"({i / 4 % width},{i / 4 / width}) {Convert.ToHexString(a.Slice(i, 4))} vs {Convert.ToHexString(b.Slice(i, 4))}");
            Assert.Fail($"frame {k} (t = {k / 30.0:0.000} s): {differ.Count} pixels differ from drawing everything: {string.Join(", ", differ.Take(8))}");
        }
        // The cached path really ran (not a comparison of two full draws).
        if (layered) Assert.True(cached.CachedFrames > drawnFrames / 10, $"only {cached.CachedFrames} of {drawnFrames} frames drawn came from the cache");
        Assert.Equal(0, plain.ReusedGroupPictures);
        return cached.ReusedGroupPictures;
    }

    /// <summary>
    /// A graph fading in while one node is highlighted and another moves, then fading out while the whole graph
    /// slides; a text fading in and out over it; an array fading in with its cells set as it appears.
    /// </summary>
    private static JsonObject FadingScene()
    {
        var nodes = new JsonArray();
        var edges = new JsonArray();
        for (var i = 0; i < 12; i++)
        {
            nodes.Add(new JsonObject { ["id"] = $"n{i}", ["label"] = $"{i}", ["x"] = 80 + i % 6 * 90, ["y"] = 80 + i / 6 * 110 });
            if (i % 6 < 5) edges.Add(new JsonObject { ["from"] = $"n{i}", ["to"] = $"n{i + 1}", ["weight"] = $"{i}" });
            if (i < 6) edges.Add(new JsonObject { ["from"] = $"n{i}", ["to"] = $"n{i + 6}" });
        }
        JsonObject Step(string action, string target, string duration, params (string Key, JsonNode Value)[] fields)
        {
            var step = new JsonObject { ["action"] = action, ["target"] = target, ["duration"] = duration };
            foreach (var (key, value) in fields) step[key] = value;
            return step;
        }
        JsonObject Together(params JsonObject[] steps) => new() { ["parallel"] = new JsonArray(steps) };
        return new JsonObject
        {
            ["meta"] = new JsonObject
            {
                ["title"] = "fading while changing",
                ["canvas"] = new JsonObject { ["width"] = 640, ["height"] = 360, ["background"] = "#102030" },
                ["defaults"] = new JsonObject { ["graph"] = new JsonObject { ["nodeRadius"] = 22, ["labelFont"] = "14px monospace" } },
            },
            ["objects"] = new JsonArray
            {
                new JsonObject { ["id"] = "graph", ["type"] = "graph", ["nodes"] = nodes, ["edges"] = edges },
                new JsonObject
                {
                    ["id"] = "caption", ["type"] = "text", ["content"] = "over the graph", ["position"] = new JsonObject { ["x"] = 320, ["y"] = 150 },
                    ["style"] = new JsonObject { ["font"] = "bold 30px sans-serif", ["color"] = "#ffd93d" },
                },
                new JsonObject { ["id"] = "cells", ["type"] = "data-structure", ["variant"] = "array", ["position"] = new JsonObject { ["x"] = 320, ["y"] = 320 } },
            },
            ["timeline"] = new JsonArray
            {
                Together(Step("fade-in", "graph", "1.2s"),
                    Step("highlight-node", "graph", "0.4s", ("node", "n3"), ("color", "#ff6b6b")),
                    Step("move-node", "graph", "0.8s", ("node", "n7"), ("position", new JsonObject { ["x"] = 300, ["y"] = 250 }))),
                Together(Step("fade-in", "caption", "0.6s"), Step("fade-in", "cells", "0.6s"),
                    Step("init-cells", "cells", "0.3s", ("values", new JsonArray("3", "1", "2")))),
                new JsonObject { ["action"] = "pause", ["duration"] = "0.3s" },
                Together(Step("fade-out", "graph", "1s"), Step("fade-out", "caption", "0.8s"),
                    Step("move-to", "graph", "1s", ("position", new JsonObject { ["x"] = 380, ["y"] = 200 }))),
                new JsonObject { ["action"] = "pause", ["duration"] = "0.3s" },
            },
        };
    }

    private static PreparedDocument Load(JsonObject manifest)
    {
        var doc = ManifestPipeline.LoadText(manifest.ToJsonString());
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        return doc;
    }

    /// <summary>
    /// A graph whose first node (drawn below the others) and last node (drawn above) cross the grid, with weights,
    /// a caption over the graph, cells that swap, a highlight, and a fade-out (the graph composited through a layer).
    /// </summary>
    private static JsonObject MovingScene()
    {
        var nodes = new JsonArray();
        var edges = new JsonArray();
        const int columns = 6, rows = 5;
        for (var i = 0; i < columns * rows; i++)
        {
            var (c, r) = (i % columns, i / columns);
            nodes.Add(new JsonObject { ["id"] = $"n{i}", ["label"] = $"{i}", ["x"] = 70 + c * 100, ["y"] = 40 + r * 60 });
            if (c + 1 < columns) edges.Add(new JsonObject { ["from"] = $"n{i}", ["to"] = $"n{i + 1}", ["weight"] = i % 3 == 0 ? $"{i}" : null });
            if (r + 1 < rows) edges.Add(new JsonObject { ["from"] = $"n{i}", ["to"] = $"n{i + columns}" });
        }
        foreach (var e in edges) if (e!["weight"] is null) e.AsObject().Remove("weight");
        JsonObject Step(string action, string target, string duration, params (string Key, JsonNode Value)[] fields)
        {
            var step = new JsonObject { ["action"] = action, ["target"] = target, ["duration"] = duration };
            foreach (var (key, value) in fields) step[key] = value;
            return step;
        }
        return new JsonObject
        {
            ["meta"] = new JsonObject
            {
                ["title"] = "moving over and under",
                ["canvas"] = new JsonObject { ["width"] = 640, ["height"] = 360, ["background"] = "#101020" },
                ["defaults"] = new JsonObject { ["graph"] = new JsonObject { ["nodeRadius"] = 18, ["labelFont"] = "12px monospace" } },
            },
            ["objects"] = new JsonArray
            {
                new JsonObject { ["id"] = "graph", ["type"] = "graph", ["nodes"] = nodes, ["edges"] = edges },
                new JsonObject
                {
                    ["id"] = "caption", ["type"] = "text", ["content"] = "over the graph", ["position"] = new JsonObject { ["x"] = 320, ["y"] = 160 },
                    ["style"] = new JsonObject { ["font"] = "bold 30px sans-serif", ["color"] = "#ffd93d" },
                },
                new JsonObject { ["id"] = "cells", ["type"] = "data-structure", ["variant"] = "array", ["position"] = new JsonObject { ["x"] = 320, ["y"] = 300 } },
            },
            ["timeline"] = new JsonArray
            {
                Step("fade-in", "graph", "0.3s"),
                Step("fade-in", "caption", "0.2s"),
                Step("fade-in", "cells", "0.2s"),
                Step("init-cells", "cells", "0.3s", ("values", new JsonArray("3", "1", "2"))),
                Step("move-node", "graph", "1s", ("node", "n0"), ("position", new JsonObject { ["x"] = 580, ["y"] = 290 })),
                Step("move-node", "graph", "1s", ("node", "n29"), ("position", new JsonObject { ["x"] = 60, ["y"] = 50 })),
                Step("highlight-node", "graph", "0.5s", ("node", "n14"), ("color", "#ff6b6b")),
                Step("set-text", "caption", "0.4s", ("value", "still over it")),
                Step("swap-cells", "cells", "0.5s", ("indices", new JsonArray(0, 2))),
                Step("move-to", "caption", "0.6s", ("position", new JsonObject { ["x"] = 200, ["y"] = 100 })),
                Step("fade-out", "graph", "0.4s"),
                new JsonObject { ["action"] = "pause", ["duration"] = "0.3s" },
            },
        };
    }
}
