using AnimPlatform.Core.Generation.Dp;
using AnimPlatform.Core.Generation.Graphs;
using AnimPlatform.Core.Generation.Searching;
using AnimPlatform.Core.Generation.Sorting;
using AnimPlatform.Core.Generation.Structures;
using AnimPlatform.Core.Generation.Trees;

namespace AnimPlatform.Core.Generation;

/// <summary>Every built-in generator, in the order the Generate page lists them, with topics and example prompts.</summary>
public sealed class GeneratorCatalog
{
    public GeneratorCatalog() : this(Defaults()) { }

    public GeneratorCatalog(IEnumerable<IShowGenerator> generators)
    {
        Generators = generators.ToList();
        var duplicate = Generators.GroupBy(g => g.Info.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"two generators share the id \"{duplicate.Key}\"");
    }

    public IReadOnlyList<IShowGenerator> Generators { get; }

    public IEnumerable<GeneratorInfo> Topics => Generators.Select(g => g.Info);

    public IShowGenerator? Find(string id) => Generators.FirstOrDefault(g => g.Info.Id.Equals(id, StringComparison.OrdinalIgnoreCase));

    /// <summary>One example prompt per generator (for chips and "try …" messages).</summary>
    public IEnumerable<string> ExamplePrompts => Generators.Select(g => g.Info.Examples[0]);

    public static IReadOnlyList<IShowGenerator> Defaults() =>
    [
        new BubbleSortGenerator(),
        new InsertionSortGenerator(),
        new SelectionSortGenerator(),
        new MergeSortGenerator(),
        new QuickSortGenerator(),
        new HeapSortGenerator(),
        new CountingSortGenerator(),
        new RadixSortGenerator(),
        new LinearSearchGenerator(),
        new BinarySearchGenerator(),
        new TwoPointersGenerator(),
        new SlidingWindowGenerator(),
        new BfsGenerator(),
        new DfsGenerator(),
        new DijkstraGenerator(),
        new BellmanFordGenerator(),
        new FloydWarshallGenerator(),
        new TopologicalSortGenerator(),
        new KruskalGenerator(),
        new PrimGenerator(),
        new UnionFindGenerator(),
        new BstGenerator(),
        new AvlGenerator(),
        new TrieGenerator(),
        new BinaryHeapGenerator(),
        new TraversalGenerator(),
        new LcsGenerator(),
        new EditDistanceGenerator(),
        new KnapsackGenerator(),
        new FibonacciGenerator(),
        new NQueensGenerator(),
        new StackGenerator(),
        new QueueGenerator(),
        new LinkedListGenerator(),
        new HashTableGenerator(),
    ];
}
