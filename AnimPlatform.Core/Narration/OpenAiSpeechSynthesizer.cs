using System.ComponentModel;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// An OpenAI-compatible speech endpoint (<c>POST {endpoint}/v1/audio/speech</c>). Whatever audio format the
/// server answers with, ffmpeg turns it into a 22.05 kHz mono WAV.
/// </summary>
public sealed class OpenAiSpeechSynthesizer(NarrationOptions options, HttpClient http) : ISpeechSynthesizer
{
    public SpeechVoice Voice { get; } = new(NarrationOptions.OpenAi, $"{options.OpenAiModel}/{options.OpenAiVoice}", Speed(options));

    public Uri Address { get; } = SpeechAddress(options.OpenAiEndpoint ?? throw new NarrationException("the OpenAI speech engine needs AI_ENDPOINT"));

    public static Uri SpeechAddress(string endpoint)
    {
        var trimmed = endpoint.Trim().TrimEnd('/');
        return new Uri(trimmed.EndsWith("/v1", StringComparison.OrdinalIgnoreCase) ? trimmed + "/audio/speech" : trimmed + "/v1/audio/speech");
    }

    private static double Speed(NarrationOptions o) => Math.Round(Math.Clamp(o.WordsPerMinute / 160.0, 0.25, 4.0), 3);

    public async Task<PcmAudio> SynthesizeAsync(string text, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Address)
        {
            Content = JsonContent.Create(new Dictionary<string, object>
            {
                ["model"] = options.OpenAiModel,
                ["input"] = text,
                ["voice"] = options.OpenAiVoice,
                ["response_format"] = "wav",
                ["speed"] = Voice.Speed,
            }),
        };
        if (!string.IsNullOrEmpty(options.OpenAiApiKey))
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.OpenAiApiKey);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.OpenAiTimeoutSeconds));
        byte[] body;
        try
        {
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw new NarrationException($"speech endpoint {Address} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new NarrationException($"speech endpoint {Address} failed: {ex.Message}", ex);
        }
        if (body.Length == 0) throw new NarrationException($"speech endpoint {Address} returned no audio");
        return await DecodeAsync(body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Any audio ffmpeg can read → mono 16-bit PCM at the standard rate.</summary>
    internal static async Task<PcmAudio> DecodeAsync(byte[] audio, CancellationToken cancellationToken)
    {
        var input = Path.Combine(Path.GetTempPath(), $"animplatform-tts-{Guid.NewGuid():N}.audio");
        var output = Path.ChangeExtension(input, ".wav");
        try
        {
            await File.WriteAllBytesAsync(input, audio, cancellationToken).ConfigureAwait(false);
            ExternalProcess.Result result;
            try
            {
                result = await ExternalProcess.RunAsync("ffmpeg",
                    ["-hide_banner", "-v", "error", "-y", "-i", input, "-ac", "1", "-ar", PcmAudio.StandardRate.ToString(CultureInfo.InvariantCulture),
                     "-c:a", "pcm_s16le", "-f", "wav", output],
                    null, TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
            }
            catch (Win32Exception ex)
            {
                throw new NarrationException("ffmpeg is not installed: apt-get install -y ffmpeg", ex);
            }
            if (result.ExitCode != 0 || !File.Exists(output))
                throw new NarrationException($"the speech endpoint's audio could not be decoded: {result.StandardError}");
            return WavFile.Read(output);
        }
        finally
        {
            foreach (var f in new[] { input, output })
                try { File.Delete(f); } catch (IOException) { }
        }
    }
}
