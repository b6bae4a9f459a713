using System.Text.Json.Nodes;

namespace AnimPlatform.Tools.Bench;

/// <summary>
/// `bench --ratio N`: the 1080p floor / render / breakdown measured N times in a row, then the median of each figure
/// (ratio, render, floor and every breakdown line), because on a shared machine one run moves by ±0.1 in ratio.
/// </summary>
public static class RatioRuns
{
    public static async Task<JsonObject> MeasureAsync(int runs, Func<Task<JsonObject>> measure, Action<string> say)
    {
        var all = new List<JsonObject>();
        for (var i = 0; i < runs; i++)
        {
            say($"run {i + 1}/{runs}:");
            all.Add(await measure());
        }
        var median = Medians(all);
        var b = median["breakdown"]!;
        say($"median of {runs}: ratio {median["ratio"]!.GetValue<double>():0.00}x, render {median["renderSeconds"]} s, floor {median["floorSeconds"]} s; " +
            $"CPU ratio {median["cpuRatio"]!.GetValue<double>():0.00}x (render {median["renderCpuSeconds"]} s, floor {median["floorCpuSeconds"]} s); " +
            $"breakdown start-up {b["startupSeconds"]} s, compile {b["compileSeconds"]} s, draw {b["drawSeconds"]} s, conversion {b["conversionSeconds"]} s, " +
            $"pipe write {b["pipeWriteSeconds"]} s, ffmpeg wait {b["ffmpegWaitSeconds"]} s (in-process {b["inProcessSeconds"]} s); " +
            $"pipe starved {b["starvedSeconds"]} s, buffer wait {b["bufferWaitSeconds"]} s");
        return new JsonObject { ["runs"] = new JsonArray(all.Select(r => (JsonNode)r).ToArray()), ["median"] = median };
    }

    /// <summary>Per numeric field (nested objects too), the median over the runs; other fields are left out.</summary>
    public static JsonObject Medians(IReadOnlyList<JsonObject> runs)
    {
        var result = new JsonObject();
        foreach (var (name, value) in runs[0])
        {
            if (value is JsonObject)
                result[name] = Medians(runs.Select(r => r[name]!.AsObject()).ToList());
            else if (value is JsonValue v && v.TryGetValue<double>(out _))
                result[name] = Math.Round(Median(runs.Select(r => r[name]!.GetValue<double>()).ToList()), 2);
        }
        return result;
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
