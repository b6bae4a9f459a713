using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Input;

namespace AnimPlatform.Core.Generation.Sorting;

/// <summary>
/// Shared shape of the sorting generators: read the numbers (or pick seeded random ones), run the real
/// sort on an <see cref="ArrayTrace"/>, and build intro → walkthrough → recap → outro from its events.
/// </summary>
public abstract class SortGeneratorBase : IShowGenerator
{
    public abstract GeneratorInfo Info { get; }

    protected abstract string Subtitle { get; }
    protected abstract IReadOnlyList<string> IntroLines { get; }
    protected abstract IReadOnlyList<string> RecapPoints { get; }
    protected abstract IReadOnlyList<string> Complexity { get; }
    protected abstract string IntroNarration { get; }
    protected abstract string RecapNarration { get; }

    protected virtual IReadOnlyList<(string Label, string PaletteName)> Legend =>
        [("comparing", "compare"), ("swapping", "swap"), ("sorted", "done")];

    /// <summary>The pseudocode shown beside the bars (the events name its lines).</summary>
    protected abstract Pseudocode Code { get; }

    /// <summary>Counters kept from the trace (comparisons, swaps).</summary>
    protected virtual IReadOnlyList<string> Counters => [ArrayLesson.Comparisons, ArrayLesson.Swaps];

    /// <summary>Other rows of the variables panel, set by the events.</summary>
    protected virtual IReadOnlyList<string> Vars => [];

    /// <summary>The pointers the events move.</summary>
    protected virtual IReadOnlyList<PointerSpec> Pointers => [];

    /// <summary>A second view of the cells the walkthrough keeps in step with the bars (heap sort's tree); null: none.</summary>
    protected virtual IArrayCompanion? Companion() => null;

    public ArrayLesson Lesson => LessonFor(descending: false);

    /// <summary>The lesson's code, legend, counters, variables and pointers for the order sorted in.</summary>
    public ArrayLesson LessonFor(bool descending)
    {
        var texts = TextsFor(descending);
        return new(texts?.Code ?? Code, texts?.Legend ?? Legend, Counters, texts?.Vars ?? Vars, texts?.Pointers ?? Pointers);
    }

    /// <summary>What the lesson shows when sorting largest first; null for a sort that sorts ascending only
    /// (a sort that has them compares through <see cref="ArrayTrace.Before"/> in its <see cref="Run"/>).</summary>
    protected virtual DescendingTexts? Descending => null;

    /// <summary>
    /// The code, intro lines and recap points of a descending sort, and whatever else differs from the ascending lesson
    /// (null: the same): legend, subtitle, narrations, variables and pointers (a selection sort's "min" becomes "max").
    /// </summary>
    protected sealed record DescendingTexts(
        Pseudocode Code,
        IReadOnlyList<string> IntroLines,
        IReadOnlyList<string> RecapPoints,
        IReadOnlyList<(string Label, string PaletteName)>? Legend = null,
        string? Subtitle = null,
        string? IntroNarration = null,
        string? RecapNarration = null,
        IReadOnlyList<string>? Vars = null,
        IReadOnlyList<PointerSpec>? Pointers = null);

    /// <summary>The descending texts when sorting descending, null for the ascending ones.</summary>
    private DescendingTexts? TextsFor(bool descending) => descending ? Descending : null;

    /// <summary>The sort itself, performing every comparison and swap through the trace.</summary>
    public abstract void Run(ArrayTrace trace);

    /// <summary>Runs the sort on <paramref name="values"/> (largest first when <paramref name="descending"/>) and returns its trace.</summary>
    public ArrayTrace Trace(IEnumerable<int> values, bool descending = false)
    {
        if (descending && Descending is null) throw new InvalidOperationException($"{Info.Title} sorts in ascending order only");
        var trace = new ArrayTrace(values) { Descending = descending };
        Run(trace);
        return trace;
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var descending = SortOrder.IsDescending(input, out input);
        if (descending && Descending is null)
            throw new GeneratorInputException("order", $"this {Info.Title} lesson sorts in ascending order only; {DescendingSorts} can sort in descending order");
        var values = PromptTokens.Numbers(input);
        if (values.Count == 0)
        {
            values = PromptTokens.RandomValues(seed, InputCaps.DefaultArray);
            notes.Add($"no numbers given: using random input {Fmt.List(values)} (seed {seed})");
        }
        else if (values.Count < 2)
        {
            throw new GeneratorInputException("numbers", "give at least two numbers to sort, e.g. '5 2 9 1'");
        }
        values = PromptTokens.Cap(values, InputCaps.MaxArray, notes);

        var trace = Trace(values, descending);
        var show = new ShowBuilder(Info.Title, Info.Id);
        var inputText = Fmt.List(values);
        // The order is named only when it is not the usual one.
        var order = descending ? " · " + SortOrder.Describe(true) : "";
        var sortedIn = descending ? " in " + SortOrder.Describe(true) : "";
        var texts = TextsFor(descending);
        LessonScenes.Intro(show, (texts?.Subtitle ?? Subtitle) + order, texts?.IntroLines ?? IntroLines, $"Input: {inputText}{order}",
            (texts?.IntroNarration ?? IntroNarration) + $" We will sort {inputText}{sortedIn}.");

        var walk = StandardScenes.Walkthrough(show, "walkthrough", Info.Title + (descending ? " (descending)" : ""), WalkthroughNarration(trace));
        ArrayWalkthrough.Play(walk, trace, LessonFor(descending) with { Companion = Companion() });

        var recap = texts?.RecapPoints ?? RecapPoints;
        var points = recap.Concat([StatsLine(trace)]).ToList();
        LessonScenes.Recap(show, points, Complexity, texts?.RecapNarration ?? RecapNarration);
        LessonScenes.Outro(show, Info.Title, recap[0]);
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);
    }

    /// <summary>
    /// The walkthrough's first sentence (said as it opens) and its last (said over the sorted array). The intro's narration has
    /// already said the input and the recap's last point says the result, so neither repeats them.
    /// </summary>
    protected virtual string WalkthroughNarration(ArrayTrace trace) =>
        $"Let's go through it step by step{(trace.Descending ? ", largest first" : "")}. " + CountsSentence(trace);

    /// <summary>What this run cost, in the counters the lesson keeps (a sort without comparisons says it is done).</summary>
    protected string CountsSentence(ArrayTrace trace) => Counts(trace) is { Length: > 0 } counts
        ? $"That took {counts.Replace(", ", " and ")}."
        : "Every value is now in its place.";

    /// <summary>The recap line with this run's numbers.</summary>
    protected virtual string StatsLine(ArrayTrace trace) =>
        Counts(trace) is { Length: > 0 } counts ? $"Here: {counts} → {Fmt.List(trace.Current)}" : $"Here: sorted → {Fmt.List(trace.Current)}";

    /// <summary>"12 comparisons, 5 swaps": the counters this lesson shows, empty when it shows none.</summary>
    private string Counts(ArrayTrace trace) => string.Join(", ", Counters.Select(c => c switch
    {
        ArrayLesson.Comparisons => Fmt.Count(trace.Comparisons, "comparison"),
        ArrayLesson.Swaps => Fmt.Count(trace.Swaps, "swap"),
        _ => "",
    }).Where(t => t.Length > 0));

    /// <summary>The sorts that sort largest first too, named for the refusal of one that does not.</summary>
    public static string DescendingSorts => "quick, merge, heap, selection, bubble and insertion sort";

    protected static string Cmp(int a, int b) => a > b ? ">" : a < b ? "<" : "=";
}
