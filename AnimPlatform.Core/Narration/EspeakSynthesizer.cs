using System.Globalization;
using AnimPlatform.Core.Processes;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// The offline default voice: espeak-ng (Debian package <c>espeak-ng</c>) writing a 22.05 kHz mono WAV.
/// The text goes through stdin, so it can never be read as an option.
/// </summary>
public sealed class EspeakSynthesizer(NarrationOptions options) : ISpeechSynthesizer
{
    public const string InstallHint = "espeak-ng is not installed: apt-get install -y espeak-ng";

    public SpeechVoice Voice { get; } = new(NarrationOptions.Espeak, options.Voice, options.WordsPerMinute);

    public async Task<PcmAudio> SynthesizeAsync(string text, CancellationToken cancellationToken)
    {
        var wav = Path.Combine(Path.GetTempPath(), $"animplatform-espeak-{Guid.NewGuid():N}.wav");
        try
        {
            string[] args =
            [
                "-v", options.Voice,
                "-s", options.WordsPerMinute.ToString(CultureInfo.InvariantCulture),
                "-b", "1",      // input is UTF-8
                "-z",           // no final sentence pause
                "-w", wav,
                "--stdin",
            ];
            ToolResult result;
            try
            {
                result = await ToolRunner.Shared.RunAsync(options.EspeakPath, args, ToolRunKind.Speech, cancellationToken, standardInput: text).ConfigureAwait(false);
            }
            catch (ToolMissingException ex)
            {
                throw new NarrationException(InstallHint, ex);
            }
            catch (TimeoutException ex)
            {
                throw new NarrationException($"espeak-ng timed out: {ex.Message}", ex);
            }
            if (result.ExitCode != 0 || !File.Exists(wav))
                throw new NarrationException($"espeak-ng failed (voice \"{options.Voice}\", exit {result.ExitCode}): {result.ErrorTail}");
            return WavFile.Read(wav);
        }
        finally
        {
            try { File.Delete(wav); } catch (IOException) { }
        }
    }
}
