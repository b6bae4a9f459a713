namespace AnimPlatform.Core.Narration;

/// <summary>Mono 16-bit PCM samples at a sample rate: what every speech clip becomes and the narration track is built from.</summary>
public sealed class PcmAudio(short[] samples, int sampleRate)
{
    /// <summary>The rate of cached clips and of the narration track (espeak-ng's native rate).</summary>
    public const int StandardRate = 22050;

    public short[] Samples { get; } = samples;
    public int SampleRate { get; } = sampleRate > 0 ? sampleRate : throw new ArgumentOutOfRangeException(nameof(sampleRate));
    public double Seconds => (double)Samples.Length / SampleRate;

    /// <summary>Linear-interpolation resampling (speech only needs intelligibility, not mastering quality).</summary>
    public PcmAudio Resample(int rate)
    {
        if (rate == SampleRate || Samples.Length == 0) return rate == SampleRate ? this : new PcmAudio([], rate);
        var count = (int)Math.Round((long)Samples.Length * rate / (double)SampleRate);
        var output = new short[count];
        var step = (double)SampleRate / rate;
        for (var i = 0; i < count; i++)
        {
            var pos = i * step;
            var k = (int)pos;
            var frac = pos - k;
            var a = Samples[Math.Min(k, Samples.Length - 1)];
            var b = Samples[Math.Min(k + 1, Samples.Length - 1)];
            output[i] = (short)Math.Round(a + (b - a) * frac);
        }
        return new PcmAudio(output, rate);
    }

    /// <summary>
    /// Cuts leading and trailing silence (engines add up to half a second), keeping a short margin, so a clip
    /// starts and ends with its speech: the subtitle cue of a chunk is then exactly its clip.
    /// </summary>
    public PcmAudio TrimSilence(short threshold = 300, double marginSeconds = 0.03)
    {
        var first = Array.FindIndex(Samples, s => Math.Abs((int)s) > threshold);
        if (first < 0) return new PcmAudio([], SampleRate);
        var last = Array.FindLastIndex(Samples, s => Math.Abs((int)s) > threshold);
        var margin = (int)(marginSeconds * SampleRate);
        var start = Math.Max(0, first - margin);
        var end = Math.Min(Samples.Length, last + 1 + margin);
        return start == 0 && end == Samples.Length ? this : new PcmAudio(Samples[start..end], SampleRate);
    }
}
