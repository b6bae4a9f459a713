using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Building;

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

    /// <summary>Prepares the values (binary search sorts them) and notes why.</summary>
    protected virtual List<int> Prepare(List<int> values, List<string> notes) => values;

    /// <summary>Runs the search for <paramref name="target"/>; sets <see cref="ArrayTrace.FoundIndex"/>.</summary>
    public abstract void Run(ArrayTrace trace, int target);

    public ArrayTrace Trace(IEnumerable<int> values, int target)
    {
        var trace = new ArrayTrace(values);
        Run(trace, target);
        return trace;
    }

    public GeneratedShow Generate(string input, int seed)
    {
        var notes = new List<string>();
        var (values, target) = SearchInput.Parse(input, seed, notes);
        values = Prepare(values, notes);
        var trace = Trace(values, target);
        var show = new ShowBuilder(Info.Title, Info.Id);
        var inputText = $"{target} in {Fmt.List(values)}";
        StandardScenes.Intro(show, Subtitle, IntroLines, $"Find {target} in {Fmt.List(values)}", IntroNarration + $" We will look for {target}.");

        var outcome = trace.FoundIndex >= 0 ? $"found {target} at index {trace.FoundIndex}" : $"{target} is not in the array";
        var walk = StandardScenes.Walkthrough(show, "walkthrough", Info.Title,
            $"We search for {target}. After {trace.Comparisons} comparisons we {(trace.FoundIndex >= 0 ? "find it at index " + trace.FoundIndex : "know it is not there")}.", Legend);
        ArrayWalkthrough.Play(walk, trace, withInfo: true);

        StandardScenes.Recap(show, RecapPoints.Concat([$"Here: {trace.Comparisons} comparisons — {outcome}"]).ToList(), Complexity, RecapNarration);
        StandardScenes.Outro(show, $"{Info.Title}: {outcome}", $"Built-in generator \"{Info.Id}\" · input {inputText}",
            $"That's {Info.Title}. Try it with your own list and target.");
        return new GeneratedShow(show.Build(), Info.Id, Info.Title, inputText, notes, trace);
    }
}
