namespace AnimPlatform.Core.Generation;

/// <summary>
/// Words people type that the matcher rewrites before matching aliases: glued or hyphenated names
/// ("heapsort", "max-heap"), plurals and common spellings. A rewrite may keep qualifier words ("max")
/// in the prompt so the generator can read them.
/// </summary>
public static class TopicSynonyms
{
    public static readonly IReadOnlyDictionary<string, string> Rewrites = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["heapsort"] = "heap sort",
        ["max-heap"] = "max heap", ["maxheap"] = "max heap",
        ["min-heap"] = "min heap", ["minheap"] = "min heap",
        ["mst"] = "minimum spanning tree",
        ["kruskal's"] = "kruskal", ["kruskals"] = "kruskal",
        ["prim's"] = "prim", ["prims"] = "prim",
        ["floyd-warshall"] = "floyd warshall", ["floyd–warshall"] = "floyd warshall", ["floydwarshall"] = "floyd warshall",
        ["bellman-ford"] = "bellman ford", ["bellmanford"] = "bellman ford",
        ["toposort"] = "topological sort", ["topo"] = "topological", ["topsort"] = "topological sort",
        ["union-find"] = "union find", ["unionfind"] = "union find", ["disjoint-set"] = "disjoint set",
        ["dsu"] = "union find",
        ["tries"] = "trie", ["prefix-tree"] = "trie",
        ["avl-tree"] = "avl tree",
        ["n-queens"] = "n queens", ["nqueens"] = "n queens", ["eight-queens"] = "n queens 8",
        ["queens"] = "queen",
        ["fibonacci's"] = "fibonacci", ["fib"] = "fibonacci",
        ["two-pointer"] = "two pointers", ["two-pointers"] = "two pointers",
        ["sliding-window"] = "sliding window",
        ["pre-order"] = "preorder", ["in-order"] = "inorder", ["post-order"] = "postorder", ["level-order"] = "level order",
        ["traversals"] = "traversal",
        ["hashtable"] = "hash table", ["hashmap"] = "hash table", ["hash-table"] = "hash table",
        ["linkedlist"] = "linked list", ["linked-list"] = "linked list",
        ["bst"] = "binary search tree",
        ["radixsort"] = "radix sort", ["countingsort"] = "counting sort",
        ["bubblesort"] = "bubble sort", ["insertionsort"] = "insertion sort", ["mergesort"] = "merge sort",
    };
}
