using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;
using AnimPlatform.Tests.Support;
using SkiaSharp;

namespace AnimPlatform.Tests.Narration;

/// <summary>Issue 7's "must show" list, on a real render with the offline voice (espeak-ng) and real ffmpeg/ffprobe.</summary>
[Trait("Category", TestCategory.Integration)]
[Collection(NarrationCollection.Name)]
public class NarratedRenderTests(NarratedShowFixture fixture) : IClassFixture<NarratedShowFixture>
{
    private CompiledShow Compiled => fixture.Prepared.Compiled;

    [Fact]
    public void The_mp4_has_an_aac_track_as_long_as_its_video_track()
    {
        var streams = MediaProbe.Streams(fixture.Video);
        var video = Assert.Single(streams, s => s.Type == "video");
        var audio = Assert.Single(streams, s => s.Type == "audio");
        Assert.Equal(("h264", "aac"), (video.Codec, audio.Codec));
        Assert.True(Math.Abs(audio.Duration - video.Duration) <= 0.1, $"audio {audio.Duration} s, video {video.Duration} s");
        Assert.True(Math.Abs(video.Duration - fixture.Prepared.Duration) <= 0.1, $"video {video.Duration} s, computed {fixture.Prepared.Duration} s");
        Assert.Equal(fixture.Result.Duration, fixture.Prepared.Duration);
    }

    [Fact]
    public void A_scene_whose_narration_outlasts_its_animation_is_padded_by_the_rule()
    {
        var intro = fixture.Prepared.Plan!.ForScene(0)!;
        var animation = fixture.Show.Scenes[0].Scene.Duration; // 1.8 s
        Assert.True(intro.SpeechLength > animation + 0.5, $"speech {intro.SpeechLength} s");
        var expected = Math.Round(Math.Min(intro.SpeechLength - animation + 1, 15), 1, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, intro.Padding);

        // The pause sits before the final fade-out block, so the objects stay on screen while the voice talks.
        var timeline = fixture.Prepared.Show.Scenes[0].Scene.Timeline;
        var pause = Assert.IsType<ActionStep>(timeline[^2]);
        Assert.Equal(("pause", expected), (pause.Name, pause.Duration));
        Assert.All(Assert.IsType<ParallelBlock>(timeline[^1]).Actions, a => Assert.Equal("fade-out", a.Name));

        var span = Compiled.Scenes[0];
        Assert.Equal(animation + expected, span.End - span.Start, 9);
        Assert.True(span.End - span.Start >= intro.SpeechLength, "the picture must not run ahead of the voice");

        // Scene 3's short narration needs no pause; the total follows spec §11 with the padded timelines.
        Assert.Equal(0, fixture.Prepared.Plan.ForScene(2)!.Padding);
        Assert.Equal(fixture.Show.Duration + expected, fixture.Prepared.Duration, 9);
    }

    [Fact]
    public void Srt_and_vtt_cues_are_ordered_disjoint_inside_their_scene_and_spell_the_narration()
    {
        Assert.NotNull(fixture.Result.SrtPath);
        var srt = SubtitleFiles.Parse(File.ReadAllText(fixture.Result.SrtPath!));
        var vtt = SubtitleFiles.Parse(File.ReadAllText(fixture.Result.VttPath!));
        Assert.StartsWith("WEBVTT", File.ReadAllText(fixture.Result.VttPath!));
        Assert.Equal(srt, vtt);
        Assert.Equal(fixture.Result.Cues.Count, srt.Count);

        for (var i = 0; i < srt.Count; i++)
        {
            Assert.True(srt[i].Start < srt[i].End, $"cue {i} is empty");
            if (i > 0) Assert.True(srt[i - 1].End <= srt[i].Start, $"cue {i} overlaps cue {i - 1}");
        }
        foreach (var (entry, position) in fixture.Show.Scenes.Select((e, i) => (e, i)))
        {
            var span = Compiled.Scenes[position];
            var mine = srt.Where(c => c.Start >= span.Start - 0.001 && c.End <= span.End + 0.001).ToList();
            Assert.Equal(SpeechCache.NormalizeText(entry.Narration ?? ""), string.Join(' ', mine.Select(c => c.Text)));
        }
        Assert.Equal(srt.Count, fixture.Show.Scenes.Sum(s => SubtitleChunker.Split(s.Narration).Count));
        Assert.Equal(Compiled.Scenes[0].Start, srt[0].Start, 3);
    }

    [Fact]
    public void Each_scene_s_speech_starts_when_the_scene_starts()
    {
        var audio = MediaProbe.DecodeAudio(fixture.Video);
        double FirstSound(double from, double to)
        {
            for (var k = (int)(from * audio.SampleRate); k < Math.Min(audio.Samples.Length, (int)(to * audio.SampleRate)); k++)
                if (Math.Abs((int)audio.Samples[k]) > 1500) return (double)k / audio.SampleRate;
            return double.NaN;
        }
        var outro = Compiled.Scenes[2];
        Assert.InRange(FirstSound(0, 1), 0, 0.15);
        // Silent through the unnarrated middle scene and the transitions, then speech right at scene 3's start.
        var middle = Compiled.Scenes[1];
        Assert.True(double.IsNaN(FirstSound(Compiled.Scenes[0].End + 0.05, outro.Start - 0.02)), "sound before the outro starts");
        Assert.InRange(FirstSound(outro.Start - 0.02, outro.End), outro.Start, outro.Start + 0.15);
        Assert.True(middle.End <= outro.Start);
    }

    /// <summary>Near-white pixels (subtitle text is white; the scenes' own bottom text here is yellow) in the lower half.</summary>
    private static List<(int X, int Y)> WhitePixelsInLowerHalf(SKBitmap bitmap)
    {
        var found = new List<(int, int)>();
        for (var y = bitmap.Height / 2; y < bitmap.Height; y++)
        for (var x = 0; x < bitmap.Width; x++)
        {
            var p = bitmap.GetPixel(x, y);
            if (p.Red > 200 && p.Green > 200 && p.Blue > 200) found.Add((x, y));
        }
        return found;
    }

    [Fact]
    public void A_frame_at_a_cue_midpoint_shows_subtitle_text_in_the_bottom_band_and_an_unnarrated_scene_shows_none()
    {
        foreach (var cue in Compiled.Subtitles)
        {
            using var frame = TestRender.Frame(Compiled, cue.Mid);
            var white = WhitePixelsInLowerHalf(frame);
            Assert.True(white.Count > 30, $"no subtitle text at {cue.Mid:0.00} s (\"{cue.Text}\")");
            // Readable on any background: the text sits on a dark band.
            Assert.True(frame.GetPixel(4, frame.Height - 2).Red < 40);
        }
        // The intro's cue stays above the scene's own footer text (y = 165 ± 7) with a safe gap.
        using (var intro = TestRender.Frame(Compiled, Compiled.Subtitles[0].Mid))
            Assert.True(WhitePixelsInLowerHalf(intro).Max(p => p.Y) < 158 - 2);

        var middle = Compiled.Scenes[1];
        using var silent = TestRender.Frame(Compiled, (middle.Start + middle.End) / 2);
        Assert.Empty(WhitePixelsInLowerHalf(silent));
    }

    [Fact]
    public void Frames_reported_static_with_burned_subtitles_equal_the_frame_before()
    {
        using var source = new FrameSource(Compiled, 30);
        var previous = new byte[source.Bitmap.ByteCount];
        var changed = 0;
        for (var k = 0; k < Compiled.FrameCount(30); k++)
        {
            source.RenderAt(k / 30.0, force: true);
            var pixels = source.Bitmap.GetPixelSpan();
            if (k > 0 && Compiled.IsStaticBetween((k - 1) / 30.0, k / 30.0))
                Assert.True(pixels.SequenceEqual(previous), $"frame {k} was reported static but differs");
            else changed++;
            pixels.CopyTo(previous);
        }
        Assert.InRange(changed, 20, Compiled.FrameCount(30) / 2);
    }

    [Fact]
    public void Only_the_video_and_its_subtitle_files_are_left_in_the_output_folder()
    {
        var files = Directory.GetFiles(Path.GetDirectoryName(fixture.Video)!).Select(Path.GetFileName).Order();
        Assert.Equal(["narrated.mp4", "narrated.srt", "narrated.vtt"], files);
    }

    [Fact]
    public void Progress_goes_through_narrating_rendering_and_adding_audio()
    {
        Assert.Equal(["Narrating scene 1/3", "Narrating scene 3/3", "Rendering", "Adding audio"], fixture.Stages);
    }

    [Fact]
    public async Task A_re_render_takes_every_clip_from_the_cache()
    {
        var again = await fixture.Renderer.PrepareAsync(fixture.Show, NarrationRequest.On());
        var stats = again.Plan!.Stats;
        Assert.Equal(stats.Chunks, stats.CacheHits);
        Assert.Equal(fixture.Prepared.Duration, again.Duration);
        Assert.Equal(fixture.Prepared.Cues, again.Cues);
    }

    [Fact]
    public void Subtitles_can_stay_out_of_the_frames()
    {
        var plan = fixture.Prepared.Plan!;
        var unburned = ShowCompiler.Compile(plan.Apply(fixture.Show), plan.CompileOptions(burnSubtitles: false));
        Assert.Equal(Compiled.Duration, unburned.Duration);
        Assert.Equal(Compiled.Subtitles, unburned.Subtitles);
        using var frame = TestRender.Frame(unburned, Compiled.Subtitles[0].Mid);
        Assert.Empty(WhitePixelsInLowerHalf(frame));
    }
}
