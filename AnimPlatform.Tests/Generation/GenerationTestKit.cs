using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Tests.Generation;

/// <summary>Shared checks for generated shows: validity, clean compilation, frames that draw, and a replay of cell actions.</summary>
public static class GenerationTestKit
{
    public static GeneratedShow Generate(IShowGenerator generator, string input, int seed = 42) => generator.Generate(input, seed);

    /// <summary>What is wrong with a generated show: errors, validation warnings, then layout (lint) warnings; empty when clean.</summary>
    public static string LintProblems(JsonObject show)
    {
        var doc = ManifestPipeline.FromNode(show.DeepClone());
        if (!doc.IsValid) return "invalid: " + string.Join("; ", doc.Errors.Take(3));
        if (doc.Warnings.Any()) return "validation warnings: " + string.Join("; ", doc.Warnings.Take(3));
        return string.Join("\n", Core.Manifest.Lint.LayoutLint.Run(doc).Take(5));
    }

    /// <summary>Validates (zero errors), compiles without renderer warnings and draws a frame in the middle of every scene.</summary>
    public static CompiledShow AssertValidAndRenders(JsonObject show)
    {
        var doc = ManifestPipeline.FromNode(show.DeepClone());
        Assert.True(doc.IsValid, "validation errors:\n" + string.Join("\n", doc.Errors));
        Assert.Empty(doc.Warnings);
        var compiled = ShowCompiler.Compile(doc.Show);
        Assert.True(compiled.Warnings.Count == 0, "renderer warnings:\n" + string.Join("\n", compiled.Warnings.Take(10)));
        Assert.True(compiled.Duration > 10, $"suspiciously short: {compiled.Duration} s");

        using var frames = new FrameSource(compiled, 30, 320, 180);
        foreach (var t in SceneMidpoints(show).Take(4))
        {
            frames.RenderAt(t);
            Assert.True(NonBackgroundPixels(frames) > 50, $"frame at {t:0.0} s shows nothing");
        }
        return compiled;
    }

    private static int NonBackgroundPixels(FrameSource frames)
    {
        var bg = frames.Bitmap.GetPixel(0, 0);
        var n = 0;
        for (var y = 0; y < frames.Height; y += 2)
        for (var x = 0; x < frames.Width; x += 2)
        {
            var p = frames.Bitmap.GetPixel(x, y);
            if (Math.Abs(p.Red - bg.Red) + Math.Abs(p.Green - bg.Green) + Math.Abs(p.Blue - bg.Blue) > 60) n++;
        }
        return n;
    }

    /// <summary>Times (s) in the middle of each scene, computed from the JSON the same way as spec §11.</summary>
    public static List<double> SceneMidpoints(JsonObject show)
    {
        var result = new List<double>();
        var t = 0.0;
        var scenes = (JsonArray)show["scenes"]!;
        for (var i = 0; i < scenes.Count; i++)
        {
            var scene = (JsonObject)scenes[i]!;
            if (i > 0 && scene["transition"] is JsonObject tr) t += DurationParser.Parse(tr["duration"]);
            var start = t;
            foreach (var entry in Timeline(scene))
                t += entry["parallel"] is JsonArray block ? block.Max(a => DurationParser.Parse(a!["duration"])) : DurationParser.Parse(entry["duration"]);
            result.Add((start + t) / 2);
        }
        return result;
    }

    public static IEnumerable<JsonObject> Timeline(JsonObject scene) =>
        ((JsonArray)scene["manifest"]!["timeline"]!).Select(e => (JsonObject)e!);

    /// <summary>Every action of a scene in order (parallel blocks flattened).</summary>
    public static IEnumerable<JsonObject> Actions(JsonObject scene) =>
        Timeline(scene).SelectMany(e => e["parallel"] is JsonArray block ? block.Select(a => (JsonObject)a!) : [e]);

    public static JsonObject Scene(JsonObject show, string name) =>
        ((JsonArray)show["scenes"]!).Select(s => (JsonObject)s!).Single(s => (string?)s["name"] == name);

    /// <summary>
    /// Replays the data-structure actions of a scene on plain lists (init-cells, push/enqueue, pop/dequeue,
    /// swap-cells, set-cell) and returns each structure's cells after every change.
    /// </summary>
    public static Dictionary<string, List<List<string>>> ReplayCells(JsonObject scene)
    {
        var cells = new Dictionary<string, List<string>>();
        var history = new Dictionary<string, List<List<string>>>();
        foreach (var a in Actions(scene))
        {
            var target = (string?)a["target"];
            if (target is null) continue;
            var row = cells.TryGetValue(target, out var r) ? r : cells[target] = [];
            var changed = true;
            switch ((string)a["action"]!)
            {
                case "init-cells":
                    row.Clear();
                    row.AddRange(((JsonArray)a["values"]!).Select(v => (string)v!));
                    break;
                case "push":
                case "enqueue":
                    row.AddRange(((JsonArray)a["values"]!).Select(v => (string)v!));
                    break;
                case "pop":
                    if (row.Count > 0) row.RemoveAt(row.Count - 1);
                    break;
                case "dequeue":
                    if (row.Count > 0) row.RemoveAt(0);
                    break;
                case "swap-cells":
                    var i = (int)a["indices"]![0]!;
                    var j = (int)a["indices"]![1]!;
                    (row[i], row[j]) = (row[j], row[i]);
                    break;
                case "set-cell":
                    row[(int)a["index"]!] = (string)a["value"]!;
                    break;
                default:
                    changed = false;
                    break;
            }
            if (changed) (history.TryGetValue(target, out var h) ? h : history[target] = []).Add(row.ToList());
        }
        return history;
    }

    public static List<string> Strings(IEnumerable<int> values) => values.Select(v => v.ToString()).ToList();
}
