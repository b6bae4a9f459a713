namespace AnimPlatform.Core.Generation.Lessons;

/// <summary>A change to the picture: a node, an edge or a table cell takes a palette colour, or a cell gets a value.</summary>
public abstract record Change;

/// <summary>Graph or tree node <paramref name="Node"/> takes palette colour <paramref name="Color"/>.</summary>
public sealed record NodeColor(string Node, string Color) : Change;

/// <summary>The edge between A and B takes palette colour <paramref name="Color"/>.</summary>
public sealed record EdgeColor(string A, string B, string Color) : Change;

/// <summary>Table cell (row, col) shows <paramref name="Value"/> (null keeps it) in palette colour <paramref name="Color"/> (null keeps it).</summary>
public sealed record CellChange(int Row, int Col, string? Value, string? Color) : Change;

/// <summary>
/// One step of a lesson, independent of how it is drawn: what the step says, what changes, and the
/// live counters line. Emitters turn beats into timeline actions; with lesson panels the same beat lights its
/// pseudocode line (<see cref="Line"/>), sets the variables panel's rows (<see cref="Vars"/>) and moves the
/// pointers (<see cref="Pointers"/>: a name and the node it points at, null hides it).
/// </summary>
public sealed record Beat(string Caption, IReadOnlyList<Change> Changes, string? Info = null, int Line = -1, bool Phase = false,
    IReadOnlyList<(string Name, string Value)>? Vars = null, IReadOnlyList<(string Name, string? At)>? Pointers = null);

/// <summary>Collects beats while an algorithm runs.</summary>
public sealed class BeatList
{
    private readonly List<Beat> _beats = [];
    public IReadOnlyList<Beat> Beats => _beats;

    public void Add(string caption, string? info = null, int line = -1, params Change[] changes) =>
        _beats.Add(new Beat(caption, changes, info, line));

    /// <summary>A step that also sets variables and moves pointers (see <see cref="Beat"/>).</summary>
    public void Add(string caption, string? info, int line, IReadOnlyList<(string Name, string Value)> vars, IReadOnlyList<(string Name, string? At)> pointers,
        params Change[] changes) =>
        _beats.Add(new Beat(caption, changes, info, line, Vars: vars, Pointers: pointers));

    /// <summary>A heading beat: a new phase of the algorithm (the pacing speeds up after the first one).</summary>
    public void Phase(string caption, string? info = null, IReadOnlyList<(string Name, string Value)>? vars = null) =>
        _beats.Add(new Beat(caption, [], info, -1, Phase: true, Vars: vars));
}
