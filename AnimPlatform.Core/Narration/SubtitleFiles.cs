using System.Globalization;
using System.Text;
using AnimPlatform.Core.Rendering;

namespace AnimPlatform.Core.Narration;

/// <summary>Sidecar subtitles: SubRip (.srt) and WebVTT (.vtt, for the browser's &lt;track&gt;), UTF-8, one line per cue.</summary>
public static class SubtitleFiles
{
    public static string ToSrt(IEnumerable<SubtitleCue> cues)
    {
        var sb = new StringBuilder();
        var n = 1;
        foreach (var cue in cues)
        {
            sb.Append(n++).Append('\n');
            sb.Append(Time(cue.Start, ',')).Append(" --> ").Append(Time(cue.End, ',')).Append('\n');
            sb.Append(OneLine(cue.Text)).Append("\n\n");
        }
        return sb.ToString();
    }

    public static string ToVtt(IEnumerable<SubtitleCue> cues)
    {
        var sb = new StringBuilder("WEBVTT\n\n");
        foreach (var cue in cues)
        {
            sb.Append(Time(cue.Start, '.')).Append(" --> ").Append(Time(cue.End, '.')).Append('\n');
            sb.Append(OneLine(cue.Text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")).Append("\n\n");
        }
        return sb.ToString();
    }

    /// <summary>Writes both files (to temporary names first, then moved into place).</summary>
    public static (string Srt, string Vtt) Write(IReadOnlyList<SubtitleCue> cues, string srtPath, string vttPath)
    {
        WriteAtomically(srtPath, ToSrt(cues));
        WriteAtomically(vttPath, ToVtt(cues));
        return (srtPath, vttPath);
    }

    /// <summary>Reads the cues of an SRT or VTT text back (times and text), e.g. for tests and previews.</summary>
    public static IReadOnlyList<SubtitleCue> Parse(string text)
    {
        var cues = new List<SubtitleCue>();
        var blocks = text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        foreach (var block in blocks)
        {
            var lines = block.Split('\n');
            var timing = Array.FindIndex(lines, l => l.Contains("-->"));
            if (timing < 0) continue;
            var parts = lines[timing].Split("-->");
            var body = string.Join(' ', lines.Skip(timing + 1)).Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");
            cues.Add(new SubtitleCue(ParseTime(parts[0]), ParseTime(parts[1]), body));
        }
        return cues;
    }

    private static string OneLine(string text) => SpeechCache.NormalizeText(text);

    private static string Time(double seconds, char decimalSeparator)
    {
        var ms = (long)Math.Round(Math.Max(0, seconds) * 1000, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{ms / 3_600_000:00}:{ms / 60_000 % 60:00}:{ms / 1000 % 60:00}{decimalSeparator}{ms % 1000:000}");
    }

    private static double ParseTime(string text)
    {
        var t = text.Trim().Split(' ')[0].Replace(',', '.');
        var parts = t.Split(':');
        var seconds = double.Parse(parts[^1], CultureInfo.InvariantCulture);
        var minutes = parts.Length > 1 ? int.Parse(parts[^2], CultureInfo.InvariantCulture) : 0;
        var hours = parts.Length > 2 ? int.Parse(parts[^3], CultureInfo.InvariantCulture) : 0;
        return hours * 3600 + minutes * 60 + seconds;
    }

    private static void WriteAtomically(string path, string content)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileNameWithoutExtension(full)}.{Guid.NewGuid():N}.tmp{Path.GetExtension(full)}");
        File.WriteAllText(temp, content, new UTF8Encoding(false));
        File.Move(temp, full, overwrite: true);
    }
}
