namespace AnimPlatform.Core.Generation.Building.Lessons;

/// <summary>The pseudocode each lesson shows beside its picture, one table per algorithm; keys name the lines events run.</summary>
public static class PseudocodeTables
{
    public static readonly Pseudocode BubbleSort = new(
        ("pass", "for pass ← 1 to n − 1"),
        ("", "  swapped ← false"),
        ("loop", "  for j ← 0 to n − 1 − pass"),
        ("compare", "    if a[j] > a[j+1]"),
        ("swap", "      swap a[j], a[j+1]; swapped ← true"),
        ("stop", "  if not swapped: stop"),
        ("place", "  a[n − pass] is in its place"));

    public static readonly Pseudocode InsertionSort = new(
        ("outer", "for i ← 1 to n − 1"),
        ("", "  j ← i"),
        ("compare", "  while j > 0 and a[j−1] > a[j]"),
        ("swap", "    swap a[j−1], a[j]; j ← j − 1"),
        ("sorted", "  a[0..i] is sorted"));

    public static readonly Pseudocode SelectionSort = new(
        ("outer", "for i ← 0 to n − 2"),
        ("init", "  min ← i"),
        ("loop", "  for j ← i + 1 to n − 1"),
        ("compare", "    if a[j] < a[min]"),
        ("newmin", "      min ← j"),
        ("swap", "  swap a[i], a[min]"),
        ("place", "  a[i] is in its place"));

    public static readonly Pseudocode MergeSort = new(
        ("sort", "mergeSort(lo, hi):"),
        ("split", "  if lo < hi: mid ← (lo + hi) / 2"),
        ("recurse", "    mergeSort(lo, mid); mergeSort(mid+1, hi)"),
        ("merge", "    merge(lo, mid, hi)"),
        ("", "merge(lo, mid, hi):"),
        ("take", "  take the smaller front value into out"),
        ("rest", "  copy what is left of either part"),
        ("copy", "  a[lo..hi] ← out"));

    public static readonly Pseudocode QuickSort = new(
        ("sort", "quickSort(lo, hi):"),
        ("base", "  if lo ≥ hi: return"),
        ("pivot", "  pivot ← a[hi]; i ← lo"),
        ("loop", "  for j ← lo to hi − 1"),
        ("compare", "    if a[j] < pivot"),
        ("swap", "      swap a[i], a[j]; i ← i + 1"),
        ("place", "  swap a[i], a[hi]"),
        ("recurse", "  quickSort(lo, i−1); quickSort(i+1, hi)"));

    public static readonly Pseudocode HeapSort = new(
        ("build", "for i ← n/2 − 1 down to 0: siftDown(i, n)"),
        ("end", "for end ← n − 1 down to 1"),
        ("root", "  swap a[0], a[end]; siftDown(0, end)"),
        ("", "siftDown(i, size):"),
        ("children", "  c ← the larger child of i"),
        ("compare", "  if a[c] > a[i]"),
        ("swap", "    swap a[i], a[c]; i ← c; repeat"));

    public static readonly Pseudocode CountingSort = new(
        ("count", "for each value v in a: count[v] += 1"),
        ("", "k ← 0"),
        ("values", "for v ← 0 to max"),
        ("write", "  repeat count[v] times: a[k] ← v; k += 1"));

    public static readonly Pseudocode RadixSort = new(
        ("pass", "for place ← 1, 10, 100, … up to max"),
        ("bucket", "  for each v in a: bucket[(v / place) mod 10] ← v"),
        ("collect", "  a ← buckets 0 … 9 in order"));

    public static readonly Pseudocode LinearSearch = new(
        ("loop", "for i ← 0 to n − 1"),
        ("compare", "  if a[i] = target: return i"),
        ("notfound", "return not found"));

    public static readonly Pseudocode BinarySearch = new(
        ("init", "lo ← 0; hi ← n − 1"),
        ("loop", "while lo ≤ hi"),
        ("mid", "  mid ← (lo + hi) / 2"),
        ("found", "  if a[mid] = target: return mid"),
        ("right", "  if a[mid] < target: lo ← mid + 1"),
        ("left", "  else: hi ← mid − 1"),
        ("notfound", "return not found"));

    public static readonly Pseudocode TwoPointers = new(
        ("init", "left ← 0; right ← n − 1"),
        ("loop", "while left < right"),
        ("sum", "  sum ← a[left] + a[right]"),
        ("found", "  if sum = target: return (left, right)"),
        ("left", "  if sum < target: left ← left + 1"),
        ("right", "  else: right ← right − 1"),
        ("none", "return no pair"));

    public static readonly Pseudocode SlidingWindow = new(
        ("init", "sum ← a[0] + … + a[k−1]; best ← sum"),
        ("loop", "for right ← k to n − 1"),
        ("slide", "  sum ← sum + a[right] − a[right − k]"),
        ("best", "  best ← max(best, sum)"),
        ("done", "return best"));

    public static readonly Pseudocode Bfs = new(
        ("init", "mark s seen; queue ← [s]"),
        ("loop", "while queue not empty"),
        ("dequeue", "  u ← dequeue(); visit u"),
        ("edges", "  for each neighbour v of u"),
        ("enqueue", "    if v not seen: mark seen, enqueue v"),
        ("skip", "    else: skip v"));

    public static readonly Pseudocode Dfs = new(
        ("call", "dfs(u):"),
        ("visit", "  mark u visited; push u"),
        ("edges", "  for each neighbour v of u"),
        ("recurse", "    if v not visited: dfs(v)"),
        ("skip", "    else: skip v"),
        ("return", "  pop u; return"));

    public static readonly Pseudocode Dijkstra = new(
        ("init", "dist[s] ← 0; every other dist ← ∞"),
        ("loop", "while unfinished nodes remain"),
        ("pick", "  u ← unfinished node with the least dist"),
        ("edges", "  for each edge u → v of weight w"),
        ("relax", "    if dist[u] + w < dist[v]: dist[v] ← dist[u] + w"),
        ("keep", "    else: keep dist[v]"),
        ("done", "  u is finished"));
}
