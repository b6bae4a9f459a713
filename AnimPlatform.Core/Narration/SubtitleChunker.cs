namespace AnimPlatform.Core.Narration;

/// <summary>
/// Splits a scene's narration into subtitle chunks (spec §12.1, tightened by issue 7): one or two whole
/// sentences of at most <see cref="MaxWords"/> words; a longer sentence is cut at commas (and ; :), and a
/// clause still too long into balanced groups of at most <see cref="GroupWords"/> words. Only whitespace is
/// ever cut, so the chunks joined with single spaces give back the narration (whitespace collapsed).
/// </summary>
public static class SubtitleChunker
{
    public const int MaxWords = 18;
    public const int GroupWords = 12;
    public const int MaxSentencesPerChunk = 2;

    /// <summary>The whole sentences of a text, in order (the same boundaries the subtitle chunks use).</summary>
    public static IReadOnlyList<string> Sentences(string? text) =>
        SplitAfter(SpeechCache.NormalizeText(text ?? ""), IsSentenceEnd, skipClosers: true).Where(s => s.Length > 0).ToList();

    public static IReadOnlyList<string> Split(string? narration)
    {
        var text = SpeechCache.NormalizeText(narration ?? "");
        if (text.Length == 0) return [];
        var chunks = new List<string>();
        var current = new List<string>();
        var currentWords = 0;
        foreach (var sentence in SplitAfter(text, IsSentenceEnd, skipClosers: true).Where(s => s.Length > 0))
        {
            var words = Words(sentence);
            if (words > MaxWords)
            {
                Flush();
                chunks.AddRange(SplitLongSentence(sentence));
                continue;
            }
            if (current.Count >= MaxSentencesPerChunk || (current.Count > 0 && currentWords + words > MaxWords)) Flush();
            current.Add(sentence);
            currentWords += words;
        }
        Flush();
        return chunks;

        void Flush()
        {
            if (current.Count > 0) chunks.Add(string.Join(' ', current));
            current.Clear();
            currentWords = 0;
        }
    }

    public static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static IEnumerable<string> SplitLongSentence(string sentence)
    {
        var pieces = new List<string>();
        var current = "";
        foreach (var clause in SplitAfter(sentence, IsClauseEnd, skipClosers: false).Where(c => c.Length > 0))
        {
            if (Words(clause) > MaxWords)
            {
                if (current.Length > 0) pieces.Add(current);
                current = "";
                pieces.AddRange(WordGroups(clause));
                continue;
            }
            if (current.Length > 0 && Words(current) + Words(clause) > MaxWords)
            {
                pieces.Add(current);
                current = "";
            }
            current = current.Length == 0 ? clause : current + " " + clause;
        }
        if (current.Length > 0) pieces.Add(current);
        return pieces;
    }

    /// <summary>Balanced groups of at most <see cref="GroupWords"/> words (25 words → 9, 8, 8, not 12, 12, 1).</summary>
    private static IEnumerable<string> WordGroups(string clause)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var groups = (words.Length + GroupWords - 1) / GroupWords;
        var taken = 0;
        for (var g = 0; g < groups; g++)
        {
            var size = (words.Length - taken + (groups - g) - 1) / (groups - g);
            yield return string.Join(' ', words, taken, size);
            taken += size;
        }
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…';
    private static bool IsClauseEnd(char c) => c is ',' or ';' or ':';
    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']';

    /// <summary>
    /// Splits at runs of spaces that follow an end character (for sentences optionally followed by closing
    /// quotes or brackets). One pass: the look-back after each space stops at the previous space, so the
    /// work is linear in the text (the former look-behind regex was quadratic on long runs of closers).
    /// </summary>
    internal static List<string> SplitAfter(string text, Func<char, bool> isEnd, bool skipClosers)
    {
        var parts = new List<string>();
        int start = 0, lastSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ') continue;
            var j = i - 1;
            if (skipClosers)
                while (j > lastSpace && IsCloser(text[j])) j--;
            var boundary = j > lastSpace && isEnd(text[j]);
            var end = i;
            while (i + 1 < text.Length && text[i + 1] == ' ') i++;
            lastSpace = i;
            if (!boundary) continue;
            parts.Add(text[start..end]);
            start = i + 1;
        }
        parts.Add(text[start..]);
        return parts;
    }
}
