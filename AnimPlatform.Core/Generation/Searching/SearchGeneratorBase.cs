using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Searching;

/// <summary>Shared shape of the search generators: parse list + target, run the search on a trace, build the show.</summary>
public abstract class SearchGeneratorBase : IShowGenerator
{
    public abstract GeneratorInfo Info { get; }
    protected abstract string Subtitle { get; }
    protected abstract IReadOnlyList<string> IntroLines { get; }
    protected abstract IReadOnlyList<string> RecapPoints { get; }
    protected abstract IReadOnlyList<string> Complexity { get; }
    protected abstract string IntroNarration { get; }
    protected abstract string RecapNarration { get; }
    protected abstract IReadOnlyList<(string Label, string PaletteName)> Legend { get; }

    /// <summary>The pseudocode shown beside the bars (the events name its lines).</summary>
    protected abstract Pseudocode Code { get; }

    /// <summary>Counters kept from the trace.</summary>
    protected virtual IReadOnlyList<string> Counters => [ArrayLesson.Comparisons];

    /// <summary>Other rows of the variables panel, set by the events.</summary>
    protected virtual IReadOnlyList<string> Vars => ["target"];

    /// <summary>The pointers the events move.</summary>
    protected virtual IReadOnlyList<PointerSpec> Pointers => [];

    public ArrayLesson Lesson => new(Code, Legend, Counters, Vars, Pointers);

    /// <summary>Prepares the values (binary search sorts them) and notes why.</summary>
    protected virtual List<int> Prepare(List<int> values, List<string> notes) => values;

    /// <summary>Runs the search for <paramref name="target"/>; sets <see cref="ArrayTrace.FoundIndex"/>.</summary>
    public abstract void Run(ArrayTrace trace, int target);

    /// <summary>Reads the list and the target (for a window: its size).</summary>
    protected virtual (List<int> Values, int Target) ParseInput(string input, int seed, List<string> notes) => SearchInput.Parse(input, seed, notes);

    protected virtual string Outcome(ArrayTrace trace, int target) =>
        trace.FoundIndex >= 0 ? $"found {target} at index {trace.FoundIndex}" : $"{target} is not in the array";

    protected virtual string TargetPhrase(int target) => $"We search for {target}";

    /// <summary>The input as the result names it ("7 in [4, 2, 7]").</summary>
    protected virtual string InputSummary(int target, IReadOnlyList<int> values) => $"{target} in {Fmt.List(values)}";

    public ArrayTrace Trace(IEnumerable<int> values, int target)
    {
        var trace = new ArrayTrace(values);
        Run(trace, target);
        return trace;
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var (values, target) = ParseInput(input, seed, notes);
        values = Prepare(values, notes);
        var trace = Trace(values, target);
        var show = new ShowBuilder(Info.Title, Info.Id);
        var inputText = InputSummary(target, values);
        LessonScenes.Intro(show, Subtitle, IntroLines, $"{TargetPhrase(target)} in {string.Join(", ", values)}", IntroNarration);

        var outcome = Outcome(trace, target);
        var walk = StandardScenes.Walkthrough(show, "walkthrough", Info.Title, $"{TargetPhrase(target)}: after {trace.Comparisons} steps, {outcome}.");
        ArrayWalkthrough.Play(walk, trace, Lesson);

        LessonScenes.Recap(show, RecapPoints.Concat([$"Here: {trace.Comparisons} comparisons — {outcome}"]).ToList(), Complexity, RecapNarration);
        LessonScenes.Outro(show, Info.Title, RecapPoints[0]);
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);
    }
}
