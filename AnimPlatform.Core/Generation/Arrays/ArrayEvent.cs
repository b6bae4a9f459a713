namespace AnimPlatform.Core.Generation.Arrays;

public enum ArrayEventKind
{
    /// <summary>New walkthrough heading (e.g. "Pass 2").</summary>
    Phase,
    /// <summary>Caption only, with a short pause.</summary>
    Note,
    /// <summary>Sets the secondary info line (e.g. "target = 7").</summary>
    Info,
    /// <summary>Looks at cell I (and J when ≥ 0).</summary>
    Compare,
    /// <summary>Exchanges cells I and J.</summary>
    Swap,
    /// <summary>Gives cells <see cref="ArrayEvent.Indices"/> a resting colour (palette name in <see cref="ArrayEvent.Color"/>).</summary>
    Mark,
    /// <summary>Merge sort: an empty output row appears under cells I..J (with Value = mid).</summary>
    MergeStart,
    /// <summary>Merge sort: the value of cell I is written to output slot J.</summary>
    Take,
    /// <summary>Merge sort: the output row is copied back into cells I.. (values in <see cref="ArrayEvent.Values"/>).</summary>
    WriteBack,
    /// <summary>Pointer <see cref="ArrayEvent.Caption"/> moves to cell I (-1: it is hidden).</summary>
    Pointer,
    /// <summary>Variable <see cref="ArrayEvent.Caption"/> of the watch panel shows <see cref="ArrayEvent.Text"/>.</summary>
    Var,
    /// <summary>Merge sort's split phase: cells I..J form one part at recursion depth Value.</summary>
    Split,
}

/// <summary>One step of an array algorithm, with the caption shown while it plays and the array after it.</summary>
public sealed record ArrayEvent(
    ArrayEventKind Kind,
    string Caption,
    int I = -1,
    int J = -1,
    int Value = 0,
    IReadOnlyList<int>? Indices = null,
    string? Color = null,
    IReadOnlyList<int>? Values = null)
{
    /// <summary>The array right after this event.</summary>
    public IReadOnlyList<int> After { get; init; } = [];

    /// <summary>The pseudocode line (a key of the lesson's table) that runs in this event, or null.</summary>
    public string? Line { get; init; }

    /// <summary>A variable's new value (<see cref="ArrayEventKind.Var"/>).</summary>
    public string? Text { get; init; }

    /// <summary>Comparisons and swaps made so far, this event included.</summary>
    public int Comparisons { get; init; }
    public int Swaps { get; init; }
}
