using System.ComponentModel;
using System.Globalization;

namespace AnimPlatform.Core.Narration;

/// <summary>
/// The offline default voice: espeak-ng (Debian package <c>espeak-ng</c>) writing a 22.05 kHz mono WAV.
/// The text goes through stdin, so it can never be read as an option.
/// </summary>
public sealed class EspeakSynthesizer(NarrationOptions options) : ISpeechSynthesizer
{
    public const string InstallHint = "espeak-ng is not installed: apt-get install -y espeak-ng";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

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
            ExternalProcess.Result result;
            try
            {
                result = await ExternalProcess.RunAsync(options.EspeakPath, args, text, Timeout, cancellationToken).ConfigureAwait(false);
            }
            catch (Win32Exception ex)
            {
                throw new NarrationException(InstallHint, ex);
            }
            catch (TimeoutException ex)
            {
                throw new NarrationException($"espeak-ng timed out: {ex.Message}", ex);
            }
            if (result.ExitCode != 0 || !File.Exists(wav))
                throw new NarrationException($"espeak-ng failed (voice \"{options.Voice}\", exit {result.ExitCode}): {result.StandardError}");
            return WavFile.Read(wav);
        }
        finally
        {
            try { File.Delete(wav); } catch (IOException) { }
        }
    }

    /// <summary>True when the configured espeak-ng can be started.</summary>
    public static bool IsInstalled(string path = "espeak-ng")
    {
        try
        {
            var r = ExternalProcess.RunAsync(path, ["--version"], null, TimeSpan.FromSeconds(10), CancellationToken.None).GetAwaiter().GetResult();
            return r.ExitCode == 0;
        }
        catch (Exception ex) when (ex is Win32Exception or TimeoutException)
        {
            return false;
        }
    }
}
