using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Core.Jobs;

/// <summary>
/// What a render will cost before it runs: frames × output megapixels × object load, turned into seconds of
/// render time with the machine's factor (<see cref="JobsOptions.RenderSecondsPerMegapixelFrame"/>, measured
/// with <c>bench</c>). Used to refuse a job that could not finish within the maximum render time and to keep
/// one client's queued work within its budget.
/// </summary>
public sealed record RenderCostEstimate(long Frames, double Megapixels, int Objects, TimeSpan Time)
{
    /// <summary>Objects beyond this many add drawing work in proportion.</summary>
    public const int ObjectsPerUnit = 50;

    public static RenderCostEstimate For(ShowDocument show, RenderSettings settings, double secondsPerMegapixelFrame)
    {
        var width = settings.Width ?? show.Canvas.Width;
        var height = settings.Height ?? show.Canvas.Height;
        var megapixels = (double)width * height / 1_000_000;
        var frames = (long)show.FrameCount(settings.Fps);
        var objects = show.Scenes.Count == 0 ? 0 : show.Scenes.Max(s => s.Scene.Objects.Count);
        var seconds = frames * megapixels * (1 + (double)objects / ObjectsPerUnit) * secondsPerMegapixelFrame;
        return new RenderCostEstimate(frames, megapixels, objects, TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds / 2)));
    }

    public string Describe() =>
        $"{Frames:N0} frames at {Megapixels:0.##} megapixels with up to {Objects:N0} objects: about {FormatTime(Time)} of rendering";

    public static string FormatTime(TimeSpan time) => time.TotalMinutes >= 90
        ? $"{time.TotalHours:0.#} h"
        : time.TotalSeconds >= 90 ? $"{time.TotalMinutes:0.#} min" : $"{time.TotalSeconds:0} s";
}
