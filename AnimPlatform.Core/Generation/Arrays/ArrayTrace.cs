namespace AnimPlatform.Core.Generation.Arrays;

/// <summary>
/// The record of an array algorithm run: its input, every event, and the array state after each change
/// (swap or write-back) — what tests compare with a reference implementation.
/// </summary>
public sealed class ArrayTrace
{
    private readonly List<ArrayEvent> _events = [];
    private readonly List<int[]> _states = [];
    private readonly int[] _a;

    public ArrayTrace(IEnumerable<int> input)
    {
        Input = input.ToArray();
        _a = Input.ToArray();
    }

    public IReadOnlyList<int> Input { get; }

    /// <summary>The sort puts the largest value first (a sort that honours it compares through <see cref="Before"/>).</summary>
    public bool Descending { get; init; }

    /// <summary>Value <paramref name="a"/> belongs strictly before value <paramref name="b"/> in the order sorted in.</summary>
    public bool Before(int a, int b) => Descending ? a > b : a < b;

    /// <summary>The symbol of <see cref="Before"/> for captions: "&lt;" ascending, "&gt;" descending.</summary>
    public string BeforeSymbol => Descending ? ">" : "<";

    /// <summary>The symbol of "not before" for captions: "≥" ascending, "≤" descending.</summary>
    public string NotBeforeSymbol => Descending ? "≤" : "≥";

    /// <summary>The symbol of "after" for captions written the other way round: "&gt;" ascending, "&lt;" descending.</summary>
    public string AfterSymbol => Descending ? "<" : ">";

    /// <summary>The symbol of "not after" for captions: "≤" ascending, "≥" descending.</summary>
    public string NotAfterSymbol => Descending ? "≥" : "≤";

    public IReadOnlyList<ArrayEvent> Events => _events;

    /// <summary>The array after each swap or write-back, in order.</summary>
    public IReadOnlyList<int[]> States => _states;

    public IReadOnlyList<int> Current => _a;
    public int this[int i] => _a[i];
    public int Length => _a.Length;

    /// <summary>For searches: the index found, or -1.</summary>
    public int FoundIndex { get; set; } = -1;

    /// <summary>Number of comparisons made (shown in the recap).</summary>
    public int Comparisons { get; private set; }

    public int Swaps { get; private set; }

    private string? _line;

    private void Add(ArrayEvent e) => _events.Add(e with { After = _a.ToArray(), Line = e.Line ?? _line, Comparisons = Comparisons, Swaps = Swaps });

    /// <summary>The pseudocode line the next events run (a key of the lesson's table).</summary>
    public void At(string lineKey) => _line = lineKey;

    /// <summary>Moves pointer <paramref name="name"/> to cell <paramref name="index"/> (-1 hides it).</summary>
    public void Point(string name, int index) => Add(new ArrayEvent(ArrayEventKind.Pointer, name, index));

    /// <summary>Shows <paramref name="value"/> for variable <paramref name="name"/> in the watch panel.</summary>
    public void Var(string name, object value) => Add(new ArrayEvent(ArrayEventKind.Var, name) { Text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>Merge sort's split phase: cells lo..hi are one part at recursion depth <paramref name="depth"/>.</summary>
    public void Split(int lo, int hi, int depth, string caption) => Add(new ArrayEvent(ArrayEventKind.Split, caption, lo, hi, depth));

    public void Phase(string caption) => Add(new ArrayEvent(ArrayEventKind.Phase, caption));
    public void Note(string caption) => Add(new ArrayEvent(ArrayEventKind.Note, caption));
    public void Info(string caption) => Add(new ArrayEvent(ArrayEventKind.Info, caption));

    public void Compare(int i, int j, string caption)
    {
        Comparisons++;
        Add(new ArrayEvent(ArrayEventKind.Compare, caption, i, j));
    }

    public void Swap(int i, int j, string caption)
    {
        (_a[i], _a[j]) = (_a[j], _a[i]);
        Swaps++;
        _states.Add(_a.ToArray());
        Add(new ArrayEvent(ArrayEventKind.Swap, caption, i, j));
    }

    public void Mark(IEnumerable<int> indices, string paletteName, string caption = "") =>
        Add(new ArrayEvent(ArrayEventKind.Mark, caption, Indices: indices.ToList(), Color: paletteName));

    public void Mark(int index, string paletteName, string caption = "") => Mark([index], paletteName, caption);

    public void MergeStart(int lo, int mid, int hi, string caption) =>
        Add(new ArrayEvent(ArrayEventKind.MergeStart, caption, lo, hi, mid));

    /// <summary>Counts a comparison that has no event of its own (merge sort compares inside Take).</summary>
    public void CountComparison() => Comparisons++;

    public void Take(int source, int slot, string caption)
    {
        Add(new ArrayEvent(ArrayEventKind.Take, caption, source, slot, _a[source]));
    }

    public void WriteBack(int lo, IReadOnlyList<int> values, string caption)
    {
        for (var k = 0; k < values.Count; k++) _a[lo + k] = values[k];
        _states.Add(_a.ToArray());
        Add(new ArrayEvent(ArrayEventKind.WriteBack, caption, lo, lo + values.Count - 1, Values: values.ToList()));
    }
}
