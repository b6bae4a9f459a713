using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using AnimPlatform.Core.Processes;
using OpenAI;
using OpenAI.Audio;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// An OpenAI-compatible speech endpoint (<c>POST {endpoint}/v1/audio/speech</c>) through the OpenAI SDK's audio
/// client, over the given <see cref="HttpClient"/>. Whatever audio format the server answers with, ffmpeg turns
/// it into a 22.05 kHz mono WAV. No retries here: a failing endpoint falls back to espeak-ng (<see cref="SpeechService"/>).
/// </summary>
public sealed class OpenAiSpeechSynthesizer : ISpeechSynthesizer
{
    private readonly NarrationOptions _options;
    private readonly AudioClient _client;

    public OpenAiSpeechSynthesizer(NarrationOptions options, HttpClient http)
    {
        _options = options;
        Voice = new(NarrationOptions.OpenAi, $"{options.OpenAiModel}/{options.OpenAiVoice}", Speed(options));
        Address = SpeechAddress(options.OpenAiEndpoint ?? throw new NarrationException("the OpenAI speech engine needs AI_ENDPOINT"));
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(Address, ".."), // …/v1/
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = TimeSpan.FromSeconds(options.OpenAiTimeoutSeconds),
        };
        var key = string.IsNullOrEmpty(options.OpenAiApiKey) ? "none" : options.OpenAiApiKey;
        _client = new OpenAIClient(new ApiKeyCredential(key), clientOptions).GetAudioClient(options.OpenAiModel);
    }

    public SpeechVoice Voice { get; }

    public Uri Address { get; }

    public static Uri SpeechAddress(string endpoint)
    {
        var trimmed = endpoint.Trim().TrimEnd('/');
        return new Uri(trimmed.EndsWith("/v1", StringComparison.OrdinalIgnoreCase) ? trimmed + "/audio/speech" : trimmed + "/v1/audio/speech");
    }

    private static double Speed(NarrationOptions o) => Math.Round(Math.Clamp(o.WordsPerMinute / 160.0, 0.25, 4.0), 3);

    public async Task<PcmAudio> SynthesizeAsync(string text, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.OpenAiTimeoutSeconds));
        BinaryData body;
        try
        {
            body = await _client.GenerateSpeechAsync(text, new GeneratedSpeechVoice(_options.OpenAiVoice),
                new SpeechGenerationOptions { ResponseFormat = GeneratedSpeechFormat.Wav, SpeedRatio = (float)Voice.Speed }, timeout.Token).ConfigureAwait(false);
        }
        catch (ClientResultException ex) when (ex.Status > 0)
        {
            throw new NarrationException($"speech endpoint {Address} answered {ex.Status}", ex);
        }
        catch (Exception ex) when (ex is ClientResultException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new NarrationException($"speech endpoint {Address} failed: {ex.Message}", ex);
        }
        if (body.ToMemory().Length == 0) throw new NarrationException($"speech endpoint {Address} returned no audio");
        return await DecodeAsync(body.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Any audio ffmpeg can read → mono 16-bit PCM at the standard rate.</summary>
    internal static async Task<PcmAudio> DecodeAsync(byte[] audio, CancellationToken cancellationToken)
    {
        var input = Path.Combine(Path.GetTempPath(), $"animplatform-tts-{Guid.NewGuid():N}.audio");
        var output = Path.ChangeExtension(input, ".wav");
        try
        {
            await File.WriteAllBytesAsync(input, audio, cancellationToken).ConfigureAwait(false);
            ToolResult result;
            try
            {
                result = await ToolRunner.Shared.RunAsync(ToolPaths.Ffmpeg,
                    ["-hide_banner", "-v", "error", "-y", "-i", input, "-ac", "1", "-ar", PcmAudio.StandardRate.ToString(CultureInfo.InvariantCulture),
                     "-c:a", "pcm_s16le", "-f", "wav", output],
                    ToolRunKind.AudioDecode, cancellationToken).ConfigureAwait(false);
            }
            catch (ToolMissingException ex)
            {
                throw new NarrationException("ffmpeg is not installed: apt-get install -y ffmpeg", ex);
            }
            catch (TimeoutException ex)
            {
                throw new NarrationException($"the speech endpoint's audio could not be decoded: {ex.Message}", ex);
            }
            if (result.ExitCode != 0 || !File.Exists(output))
                throw new NarrationException($"the speech endpoint's audio could not be decoded: {result.ErrorTail}");
            return WavFile.Read(output);
        }
        finally
        {
            foreach (var f in new[] { input, output })
                try { File.Delete(f); } catch (IOException) { }
        }
    }
}
