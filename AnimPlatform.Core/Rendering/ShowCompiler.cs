using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Colors;
using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Core.Rendering;

/// <summary>
/// Spec §10: one container per scene inside a shared camera; transitions between containers; the camera
/// resets after each transition; a 0.5 s hold ends the video. With subtitle tracks (narration, spec §12) a
/// scene lasts until both its timeline and its track have ended (spec §11), and burned cues are drawn above
/// everything, outside the camera. A scene without a track whose meta asks for <c>sayCaptions</c> gets its entries'
/// <c>say</c> texts as burned captions (<see cref="SayCaptions"/>).
/// </summary>
public static class ShowCompiler
{
    public static CompiledShow Compile(ShowDocument show) => Compile(show, null);

    /// <param name="cancellationToken">Observed between scenes and timeline entries, so a stopped job stops compiling.</param>
    public static CompiledShow Compile(ShowDocument show, ShowCompileOptions? options, CancellationToken cancellationToken = default)
    {
        var warnings = new List<Diagnostic>();
        var frameWidth = EvenSize(show.Canvas.Width);
        var frameHeight = EvenSize(show.Canvas.Height);
        var subtitles = new List<SubtitleCue>();
        var burned = new List<BurnedCue>();
        var camera = new GroupElement();
        GroupElement? previous = null;
        var t = 0.0;
        var width = show.Canvas.Width;
        var spans = new List<SceneSpan>();
        var compiledScenes = new List<CompiledScene>();

        for (var position = 0; position < show.Scenes.Count; position++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scene = show.Scenes[position];
            var transitionStart = t;
            var container = camera.Add(new GroupElement(0, 0, 0) { Born = t });
            var transition = scene.Index == 0 || previous is null ? TransitionSpec.None : scene.Transition;
            t = RunTransition(transition, previous, container, t, width, Easings.Get(transition.Easing ?? show.Easing));
            camera.Scale.Set(t, 1);
            camera.X.Set(t, 0);
            camera.Y.Set(t, 0);
            var sceneStart = t;
            var run = SceneCompiler.Run(scene.Scene, container, camera, t, warnings, cancellationToken);
            compiledScenes.Add(new CompiledScene(scene, sceneStart, run, CompiledScene.Snapshot(camera)));
            t = run.End;
            if (options?.Subtitles.GetValueOrDefault(position) is { } track)
            {
                t = Math.Max(t, sceneStart + track.TrackLength);
                var cues = track.Cues.Select(c => new SubtitleCue(sceneStart + c.Start, sceneStart + c.End, c.Text)).ToList();
                subtitles.AddRange(cues);
                if (options.BurnSubtitles)
                    burned.AddRange(SubtitleLayout.Layout(scene.Scene, cues, frameWidth, frameHeight, RenderResources.CreateContext().Text));
            }
            else if (scene.Scene.Meta.SayCaptions && SayCaptions.Cues(scene.Scene, sceneStart, run.EntryEnds) is { Count: > 0 } captions)
            {
                // No voice for this scene: its say texts are captions, drawn into the frames, timing unchanged.
                subtitles.AddRange(captions);
                burned.AddRange(SubtitleLayout.Layout(scene.Scene, captions, frameWidth, frameHeight, RenderResources.CreateContext().Text));
            }
            spans.Add(new SceneSpan(scene.Index, scene.Name, transitionStart, sceneStart, t));
            previous = container;
        }

        if (!ColorParser.TryParse(show.Canvas.Background, out var background))
        {
            warnings.Add(Diagnostic.Warning("meta.canvas.background", $"cannot parse colour \"{show.Canvas.Background}\" — using {CanvasSpec.DefaultBackground}"));
            ColorParser.TryParse(CanvasSpec.DefaultBackground, out background);
        }
        var duration = t + ShowDocument.TrailingHoldSeconds;
        var overlay = burned.Count > 0 ? new SubtitleElement(burned, frameWidth, frameHeight) : null;
        return new CompiledShow(frameWidth, frameHeight, background.ToSkia().WithAlpha(255), duration, camera, warnings, overlay)
        {
            Scenes = spans,
            CompiledScenes = compiledScenes,
            Subtitles = subtitles,
        };
    }

    /// <summary>libx264 with yuv420p needs even dimensions; round odd canvases up by one pixel.</summary>
    private static int EvenSize(double v)
    {
        var n = Math.Max(2, (int)Math.Round(v));
        return n % 2 == 0 ? n : n + 1;
    }

    private static double RunTransition(TransitionSpec transition, GroupElement? previous, GroupElement next, double t, double width, Func<double, double> ease)
    {
        var d = transition.Duration;
        if (previous is null || transition.IsCut)
        {
            if (previous is not null) previous.Removed = t;
            next.Opacity.Set(t, 1);
            return t;
        }
        switch (transition.Type)
        {
            case "fade":
                previous.Opacity.Animate(t, d / 2, 0, ease);
                previous.Removed = t + d / 2;
                next.Opacity.Animate(t + d / 2, d / 2, 1, ease);
                break;
            case "crossfade":
                previous.Opacity.Animate(t, d, 0, ease);
                next.Opacity.Animate(t, d, 1, ease);
                previous.Removed = t + d;
                break;
            case "slide-left":
            case "slide-right":
                var sign = transition.Type == "slide-left" ? 1 : -1;
                next.X.Set(t, sign * width);
                next.Opacity.Set(t, 1);
                previous.X.Animate(t, d, -sign * width, ease);
                next.X.Animate(t, d, 0, ease);
                previous.Removed = t + d;
                break;
        }
        return t + d;
    }
}
