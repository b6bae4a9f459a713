namespace AnimPlatform.Core.Rendering.Text;

/// <summary>
/// A thread-safe least-recently-used cache holding at most <c>capacity</c> entries: a long-running server
/// whose texts morph or whose font sizes animate keeps a fixed footprint instead of growing a key per frame.
/// Evicted values are not disposed (another thread may still be drawing with one); the GC finalises them.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int capacity) where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _map = new();
    private readonly LinkedList<(TKey Key, TValue Value)> _order = new();
    private readonly Lock _lock = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count
    {
        get { lock (_lock) return _map.Count; }
    }

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                return node.Value.Value;
            }
        }
        var value = create(key); // outside the lock: layouts measure text
        lock (_lock)
        {
            if (_map.TryGetValue(key, out var raced))
                return raced.Value.Value;
            _map[key] = _order.AddFirst((key, value));
            while (_map.Count > Capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove(last.Value.Key);
            }
            return value;
        }
    }
}
