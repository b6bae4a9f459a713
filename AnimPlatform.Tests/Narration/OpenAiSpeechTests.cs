using System.Net;
using System.Text.Json;
using AnimPlatform.Core.Narration;

namespace AnimPlatform.Tests.Narration;

/// <summary>The optional OpenAI-compatible voice against an in-process fake server (no network).</summary>
[Trait("Category", TestCategory.Integration)]
[Collection(NarrationCollection.Name)]
public class OpenAiSpeechTests
{
    private sealed class FakeServer(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request, await request.Content!.ReadAsStringAsync(cancellationToken)));
            return answer(request);
        }
    }

    private static byte[] WavBytes(PcmAudio audio)
    {
        using var ms = new MemoryStream();
        WavFile.Write(ms, audio);
        return ms.ToArray();
    }

    [Theory]
    [InlineData("http://tts.local:8000", "http://tts.local:8000/v1/audio/speech")]
    [InlineData("http://tts.local:8000/v1/", "http://tts.local:8000/v1/audio/speech")]
    public void The_speech_address_is_under_v1(string endpoint, string expected) =>
        Assert.Equal(expected, OpenAiSpeechSynthesizer.SpeechAddress(endpoint).ToString());

    [Fact]
    public async Task The_endpoint_s_audio_becomes_a_standard_clip()
    {
        var server = new FakeServer(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(WavBytes(FakeSynthesizer.Tone(1.0, 24000))),
        });
        var options = new NarrationOptions { Engine = "openai", OpenAiEndpoint = "http://tts.local", OpenAiApiKey = "k", OpenAiVoice = "nova" };
        var synth = new OpenAiSpeechSynthesizer(options, new HttpClient(server));
        var audio = await synth.SynthesizeAsync("Hello there.", CancellationToken.None);
        Assert.Equal(PcmAudio.StandardRate, audio.SampleRate);
        Assert.Equal(1.4, audio.Seconds, 1);

        var (request, body) = Assert.Single(server.Requests);
        Assert.Equal("http://tts.local/v1/audio/speech", request.RequestUri!.ToString());
        Assert.Equal("Bearer k", request.Headers.Authorization!.ToString());
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Hello there.", json.RootElement.GetProperty("input").GetString());
        Assert.Equal("nova", json.RootElement.GetProperty("voice").GetString());
        Assert.Equal("tts-1", json.RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public async Task A_failing_endpoint_falls_back_to_the_offline_voice()
    {
        using var dir = new Support.TempDir();
        var server = new FakeServer(_ => new HttpResponseMessage(HttpStatusCode.InternalServerError));
        var options = new NarrationOptions { Engine = "openai", OpenAiEndpoint = "http://tts.local", CacheDir = dir.Path };
        var speech = SpeechService.Create(options, new HttpClient(server));
        var clip = await speech.SpeakAsync("Hello there.", CancellationToken.None);
        Assert.Equal("espeak", clip.Voice.Engine);
        Assert.Contains("500", clip.Warning);
        Assert.InRange(clip.Seconds, 0.3, 3);
    }
}
