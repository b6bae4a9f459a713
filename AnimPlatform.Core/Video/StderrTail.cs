namespace AnimPlatform.Core.Video;

/// <summary>Keeps the last lines ffmpeg wrote to stderr, for error messages.</summary>
internal sealed class StderrTail(int lines = 12)
{
    private readonly Queue<string> _lines = new();

    public void Add(string line)
    {
        lock (_lines)
        {
            _lines.Enqueue(line);
            while (_lines.Count > lines) _lines.Dequeue();
        }
    }

    public override string ToString()
    {
        lock (_lines) return _lines.Count == 0 ? "(no output)" : string.Join(" | ", _lines);
    }
}
