using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Narration;

namespace AnimPlatform.Core.Generation.Building;

/// <summary>
/// Keeps a walkthrough within its time, silent and narrated, the way a teacher would: the first
/// <see cref="TeachingSeconds"/> run at teaching speed and a longer walkthrough plays its later steps faster
/// (<see cref="Compress"/>); with narration on, the steps of a pattern already explained twice are shown without
/// being said, latest first, until the spoken walkthrough fits (<see cref="FitSpeech"/>). Timing follows
/// <c>meta.sayScope: step</c>: a say runs over its step, and the next say waits for it.
/// </summary>
public static partial class WalkthroughPacing
{
    /// <summary>The opening stretch that always keeps its teaching speed.</summary>
    public const double TeachingSeconds = 40;

    /// <summary>Longest silent walkthrough; past it the later steps are sped up.</summary>
    public const double MaxSilentSeconds = 140;

    /// <summary>Longest narrated walkthrough (estimated); past it later repetitions are not said.</summary>
    public const double MaxNarratedSeconds = 150;

    /// <summary>Speech rate of the default voice (espeak-ng at 160 words a minute, measured: about 12 characters a second).</summary>
    public const double CharactersPerSecond = 12;

    /// <summary>The sentence gap narration leaves between two spoken chunks.</summary>
    public const double ChunkGap = 0.4;

    /// <summary>No later step runs faster than this share of its teaching speed.</summary>
    public const double MinSpeed = 0.3;

    /// <summary>Seconds a timeline entry takes without narration (a parallel block: its longest action).</summary>
    public static double Length(JsonObject entry) =>
        entry["parallel"] is JsonArray block ? block.Select(a => DurationParser.Parse(a!["duration"])).DefaultIfEmpty(0).Max() : DurationParser.Parse(entry["duration"]);

    /// <summary>Estimated seconds to say <paramref name="text"/> (chunks as narration splits them, each followed by the gap).</summary>
    public static double SpeechSeconds(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : SubtitleChunker.Split(text).Sum(c => c.Length / CharactersPerSecond + ChunkGap);

    /// <summary>
    /// Speeds the entries after the teaching stretch up (durations times one factor, never below <see cref="MinSpeed"/>)
    /// so the walkthrough lasts at most <see cref="MaxSilentSeconds"/>; <paramref name="keep"/> entries (from that index
    /// on: the closing key ideas) keep their speed. Returns the speed the later entries now have (1: unchanged).
    /// </summary>
    public static double Compress(JsonArray timeline, int keep) => Compress(timeline, keep, MaxSilentSeconds);

    private static double Compress(JsonArray timeline, int keep, double target, double floor = MinSpeed)
    {
        var entries = timeline.Select(e => (JsonObject)e!).ToList();
        var total = entries.Sum(Length);
        if (total <= target) return 1;
        double t = 0, teach = 0, kept = 0;
        var first = -1;
        for (var k = 0; k < entries.Count; k++)
        {
            if (k >= keep) kept += Length(entries[k]);
            else if (t < TeachingSeconds) teach += Length(entries[k]);
            else if (first < 0) first = k;
            t += Length(entries[k]);
        }
        if (first < 0) return 1;
        var later = total - teach - kept;
        var factor = Math.Clamp((target - teach - kept) / later, floor, 1);
        for (var k = first; k < Math.Min(keep, entries.Count); k++) Scale(entries[k], factor);
        return factor;
    }

    /// <summary>
    /// When the says that are always said (<see cref="FitSpeech"/>) still leave the narrated walkthrough over
    /// <see cref="MaxNarratedSeconds"/>, the entries after the teaching stretch are sped up further, as far as
    /// <see cref="MinSpeed"/> of their teaching speed allows (<paramref name="speed"/>: the speed <see cref="Compress"/> left them at).
    /// </summary>
    public static void FitNarratedTime(JsonArray timeline, string? narration, int keep, double speed)
    {
        var entries = timeline.Select(e => (JsonObject)e!).ToList();
        var over = NarratedSeconds(entries, narration) - MaxNarratedSeconds;
        if (over <= 0) return;
        // Silent time taken off the later entries shortens the narrated walkthrough by at most as much.
        var silent = entries.Sum(Length);
        Compress(timeline, keep, silent - over, Math.Min(1, MinSpeed / speed));
    }

    /// <summary>Multiplies the durations of an entry (each action of a parallel block) by <paramref name="factor"/>.</summary>
    public static void Scale(JsonObject entry, double factor)
    {
        foreach (var a in entry["parallel"] is JsonArray block ? block.Select(x => (JsonObject)x!) : [entry])
            if (a["duration"] is not null)
                a["duration"] = Fmt.Seconds(Math.Round(DurationParser.Parse(a["duration"]) * factor, 3));
    }

    /// <summary>The walkthrough's estimated length with narration on (say scope step): each say starts with its entry once the speech before it is done.</summary>
    public static double NarratedSeconds(IReadOnlyList<JsonObject> timeline, string? narration)
    {
        var speechFree = SpeechSeconds(narration);
        var t = 0.0;
        foreach (var entry in timeline)
        {
            if ((string?)entry["say"] is { Length: > 0 } say)
            {
                t = Math.Max(t, speechFree);
                speechFree = t + SpeechSeconds(say);
            }
            t += Length(entry);
        }
        return Math.Max(t, speechFree);
    }

    /// <summary>
    /// Drops says until the narrated estimate fits <see cref="MaxNarratedSeconds"/> and the says together have at most
    /// <paramref name="maxCharacters"/> characters: first the third and later steps of a caption pattern already said
    /// twice (latest first), then the second, then the first explanations after the teaching stretch (latest first).
    /// The first explanation of each pattern within the first <see cref="TeachingSeconds"/> is said even when the
    /// walkthrough then runs longer (dropped, latest first, only to keep the character limit); <paramref name="kept"/>
    /// entries (headings) and entries from <paramref name="keep"/> on (the closing summary and key ideas) are always said.
    /// </summary>
    public static void FitSpeech(JsonArray timeline, string? narration, int keep, IReadOnlySet<JsonObject>? kept = null, int maxCharacters = int.MaxValue)
    {
        var entries = timeline.Select(e => (JsonObject)e!).ToList();
        bool Short() => SaidCharacters(entries) <= maxCharacters;
        bool Fits() => Short() && NarratedSeconds(entries, narration) <= MaxNarratedSeconds;
        if (Fits()) return;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidates = new List<(int Entry, int Occurrence, bool Teaching)>();
        var t = 0.0;
        for (var k = 0; k < Math.Min(keep, entries.Count); k++)
        {
            var start = t;
            t += Length(entries[k]);
            if ((string?)entries[k]["say"] is not { Length: > 0 } say || kept?.Contains(entries[k]) == true) continue;
            var key = Pattern(say);
            var n = seen.GetValueOrDefault(key);
            seen[key] = n + 1;
            candidates.Add((k, n, start < TeachingSeconds));
        }
        // Later repetitions go first; within a rank, the latest step first.
        var repeated = candidates.Where(c => c.Occurrence > 0).OrderByDescending(c => Math.Min(c.Occurrence, 2)).ThenByDescending(c => c.Entry);
        var firstLater = candidates.Where(c => c.Occurrence == 0 && !c.Teaching).OrderByDescending(c => c.Entry);
        foreach (var (entry, _, _) in repeated.Concat(firstLater).ToList())
        {
            entries[entry].Remove("say");
            if (Fits()) return;
        }
        foreach (var (entry, _, _) in candidates.Where(c => c.Occurrence == 0 && c.Teaching).OrderByDescending(c => c.Entry).ToList())
        {
            if (Short()) return;
            entries[entry].Remove("say");
        }
    }

    /// <summary>Characters of the entries' says together (each with the space that separates it from the next).</summary>
    public static int SaidCharacters(IEnumerable<JsonObject> entries) => entries.Sum(e => ((string?)e["say"])?.Length + 1 ?? 0);

    /// <summary>A caption's pattern: numbers and short names (A, B2, 15) made one placeholder, so "5 > 3 → swap" and "9 > 4 → swap" match.</summary>
    public static string Pattern(string say) => Token().Replace(say, "#");

    [GeneratedRegex(@"\b(?:-?\d+(?:\.\d+)?|[A-Z][A-Za-z0-9]?|[a-z])\b", RegexOptions.NonBacktracking)]
    private static partial Regex Token();
}
