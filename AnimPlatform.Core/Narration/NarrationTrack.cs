using AnimPlatform.Core.Rendering;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// Builds the one audio track of a narrated video: silence, with each scene's clips placed at the compiled
/// scene's start (after its transition) plus the chunk's offset, cut at the scene's end (with a 10 ms fade
/// when the padding cap cuts speech), and as long as the video.
/// </summary>
public static class NarrationTrack
{
    public static PcmAudio Build(CompiledShow compiled, NarrationPlan plan, double lengthSeconds, int rate = PcmAudio.StandardRate)
    {
        var samples = new short[(int)Math.Round(lengthSeconds * rate)];
        foreach (var scene in plan.Scenes)
        {
            if (scene.Position >= compiled.Scenes.Count) continue;
            var span = compiled.Scenes[scene.Position];
            var sceneEnd = Math.Min(samples.Length, (int)Math.Round(span.End * rate));
            foreach (var chunk in scene.Chunks)
            {
                var clip = chunk.Clip.Audio.Resample(rate).Samples;
                var start = (int)Math.Round((span.Start + chunk.Offset) * rate);
                var count = Math.Min(clip.Length, sceneEnd - start);
                if (count <= 0) continue;
                Array.Copy(clip, 0, samples, start, count);
                if (count < clip.Length) FadeOut(samples, start + count, Math.Min(count, rate / 100));
            }
        }
        return new PcmAudio(samples, rate);
    }

    private static void FadeOut(short[] samples, int end, int length)
    {
        for (var i = 0; i < length; i++)
        {
            var k = end - length + i;
            samples[k] = (short)(samples[k] * (double)(length - i) / length);
        }
    }
}
