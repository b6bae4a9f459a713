namespace AnimPlatform.Core.Generation.Trees;

public enum HeapEventKind { Add, Compare, Swap, TakeRoot, MoveLastToRoot, Settled }

/// <summary>One step of a heap operation; indices are array slots.</summary>
public sealed record HeapEvent(HeapEventKind Kind, int I, int J, string Caption);

/// <summary>A real array-backed binary min-heap that records every comparison and swap.</summary>
public sealed class MinHeap(bool max = false)
{
    /// <summary>True for a max-heap (every parent ≥ its children).</summary>
    public bool Max { get; } = max;
    private string Top => Max ? "maximum" : "minimum";
    private bool Before(int a, int b) => Max ? a > b : a < b;

    private readonly List<int> _a = [];
    public List<HeapEvent> Events { get; } = [];

    public IReadOnlyList<int> Items => _a;
    public int Count => _a.Count;

    public void Insert(int value)
    {
        _a.Add(value);
        var i = _a.Count - 1;
        Events.Add(new HeapEvent(HeapEventKind.Add, i, -1, $"Add {value} at the next free slot (index {i})"));
        while (i > 0)
        {
            var p = (i - 1) / 2;
            var up = Before(_a[i], _a[p]);
            Events.Add(new HeapEvent(HeapEventKind.Compare, i, p,
                up ? $"{_a[i]} {(Max ? ">" : "<")} parent {_a[p]} → swap up" : $"{_a[i]} {(Max ? "≤" : "≥")} parent {_a[p]} → heap order holds"));
            if (!up) break;
            (_a[i], _a[p]) = (_a[p], _a[i]);
            Events.Add(new HeapEvent(HeapEventKind.Swap, i, p, ""));
            i = p;
        }
        if (i == 0) Events.Add(new HeapEvent(HeapEventKind.Settled, 0, -1, $"{value} is at the root — heap order holds"));
    }

    /// <summary>Removes and returns the minimum, or null when empty.</summary>
    public int? ExtractMin()
    {
        if (_a.Count == 0) return null;
        var min = _a[0];
        Events.Add(new HeapEvent(HeapEventKind.TakeRoot, 0, -1, $"The {Top} is the root: {min}"));
        var last = _a.Count - 1;
        if (last == 0)
        {
            _a.RemoveAt(0);
            return min;
        }
        _a[0] = _a[last];
        _a.RemoveAt(last);
        Events.Add(new HeapEvent(HeapEventKind.MoveLastToRoot, last, 0, $"Move the last value {_a[0]} to the root"));
        var i = 0;
        while (true)
        {
            int l = 2 * i + 1, r = l + 1;
            if (l >= _a.Count)
            {
                Events.Add(new HeapEvent(HeapEventKind.Settled, i, -1, $"{_a[i]} has no children — heap order holds"));
                break;
            }
            var c = r < _a.Count && Before(_a[r], _a[l]) ? r : l;
            var down = Before(_a[c], _a[i]);
            Events.Add(new HeapEvent(HeapEventKind.Compare, c, i,
                (r < _a.Count ? $"{(Max ? "Larger" : "Smaller")} child of {_a[i]} is {_a[c]}" : $"Only child of {_a[i]} is {_a[c]}") +
                (down ? $" {(Max ? ">" : "<")} {_a[i]} → swap down" : $" {(Max ? "≤" : "≥")} {_a[i]} → heap order holds")));
            if (!down) break;
            (_a[i], _a[c]) = (_a[c], _a[i]);
            Events.Add(new HeapEvent(HeapEventKind.Swap, c, i, ""));
            i = c;
        }
        return min;
    }

    /// <summary>Every parent is ≤ its children.</summary>
    public static bool IsHeap(IReadOnlyList<int> a, bool max = false)
    {
        for (var i = 1; i < a.Count; i++) if (max ? a[(i - 1) / 2] < a[i] : a[(i - 1) / 2] > a[i]) return false;
        return true;
    }
}
