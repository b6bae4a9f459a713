namespace AnimPlatform.Core.Narration;

/// <summary>
/// The prepared previews of recent manifests, in memory by key, bounded by the bytes of their WAV tracks and by
/// count: adding one past either bound drops the least recently used ones.
/// </summary>
public sealed class NarrationPreviewCache(long maxBytes = NarrationPreviewCache.DefaultMaxBytes, int maxEntries = NarrationPreviewCache.DefaultMaxEntries)
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;
    public const int DefaultMaxEntries = 32;

    private readonly Lock _gate = new();
    private readonly LinkedList<NarrationPreview> _order = new(); // most recently used first
    private readonly Dictionary<string, LinkedListNode<NarrationPreview>> _byKey = new(StringComparer.Ordinal);
    private long _bytes;

    public long MaxBytes { get; } = maxBytes > 0 ? maxBytes : throw new ArgumentOutOfRangeException(nameof(maxBytes));
    public int MaxEntries { get; } = maxEntries > 0 ? maxEntries : throw new ArgumentOutOfRangeException(nameof(maxEntries));

    public int Count { get { lock (_gate) return _byKey.Count; } }
    public long Bytes { get { lock (_gate) return _bytes; } }

    public NarrationPreview? TryGet(string key)
    {
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out var node)) return null;
            _order.Remove(node);
            _order.AddFirst(node);
            return node.Value;
        }
    }

    /// <summary>Keeps <paramref name="preview"/> (replacing one with its key); one larger than the whole cache is not kept.</summary>
    public void Put(NarrationPreview preview)
    {
        var size = SizeOf(preview);
        if (size > MaxBytes) return;
        lock (_gate)
        {
            if (_byKey.Remove(preview.Key, out var old))
            {
                _order.Remove(old);
                _bytes -= SizeOf(old.Value);
            }
            _byKey[preview.Key] = _order.AddFirst(preview);
            _bytes += size;
            while ((_bytes > MaxBytes || _byKey.Count > MaxEntries) && _order.Last is { } last)
            {
                _order.RemoveLast();
                _byKey.Remove(last.Value.Key);
                _bytes -= SizeOf(last.Value);
            }
        }
    }

    private static long SizeOf(NarrationPreview preview) => preview.Wav?.LongLength ?? 0;
}
