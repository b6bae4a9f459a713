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

    // Tables of the beat-driven lessons: the line numbers are the ones their beats carry.

    public static readonly Pseudocode BellmanFord = Pseudocode.Numbered(
        "dist[s] ← 0; every other dist ← ∞",
        "repeat V − 1 times",
        "  for each edge u → v of weight w",
        "    if dist[u] + w < dist[v]: dist[v] ← dist[u] + w",
        "  if nothing changed: stop",
        "if an edge still improves: negative cycle");

    public static readonly Pseudocode Kruskal = Pseudocode.Numbered(
        "sort the edges by weight",
        "for each edge (u, v): ru ← find(u); rv ← find(v)",
        "  if ru = rv: skip (it would close a cycle)",
        "  else: keep (u, v); union(ru, rv)");

    public static readonly Pseudocode Prim = Pseudocode.Numbered(
        "tree ← { start }",
        "while a node is not in the tree",
        "  (u, v) ← lightest edge leaving the tree",
        "  add v and (u, v) to the tree");

    public static readonly Pseudocode TopoKahn = Pseudocode.Numbered(
        "in[v] ← number of edges into v",
        "ready ← the nodes with in[v] = 0",
        "while ready is not empty",
        "  take u from ready; output u",
        "  for each edge u → v",
        "    in[v] ← in[v] − 1; if it is 0: ready ← v",
        "if nodes are left: the graph has a cycle");

    public static readonly Pseudocode TopoDfs = Pseudocode.Numbered(
        "for each unvisited node n: visit(n)",
        "visit(u): put u on the stack",
        "  for each edge u → v: visit(v) unless finished",
        "  u finished: put u in front of the order");

    public static readonly Pseudocode FloydWarshall = Pseudocode.Numbered(
        "dist ← edge weights (0 on the diagonal, ∞ if none)",
        "for each node k",
        "  for each pair i, j",
        "    if dist[i][k] + dist[k][j] < dist[i][j]: update",
        "  no pair got shorter through k");

    public static readonly Pseudocode Lcs = Pseudocode.Numbered(
        "for i ← 1 to |A|",
        "  for j ← 1 to |B|",
        "    if A[i] = B[j]: L[i][j] ← L[i−1][j−1] + 1",
        "    else:",
        "      L[i][j] ← max(L[i−1][j], L[i][j−1])",
        "trace back from L[|A|][|B|]:",
        "  letters equal → take it, go ↖",
        "  else go to the larger of ↑ and ←");

    public static readonly Pseudocode EditDistance = Pseudocode.Numbered(
        "D[i][0] ← i; D[0][j] ← j",
        "for each i, j",
        "  if A[i] = B[j]: D[i][j] ← D[i−1][j−1]",
        "  else:",
        "    D[i][j] ← 1 + min(↖ replace, ↑ delete, ← insert)",
        "trace back from the corner:",
        "  ask where each value came from",
        "  follow ↖ / ↑ / ← and note the edit");

    public static readonly Pseudocode Knapsack = Pseudocode.Numbered(
        "for each item i (weight w, value v)",
        "  for c ← 0 to C",
        "    if w > c: K[i][c] ← K[i−1][c]",
        "    else:",
        "      K[i][c] ← max(K[i−1][c], v + K[i−1][c−w])",
        "walk back from K[n][C]:",
        "  for i ← n down to 1",
        "    if K[i][c] = K[i−1][c]: item i not taken",
        "    else: take item i; c ← c − w");

    public static readonly Pseudocode Fibonacci = Pseudocode.Numbered(
        "fib(k):",
        "  if k is in the memo: return memo[k]",
        "  if k < 2: memo[k] ← k",
        "  else: recurse on fib(k−1) and fib(k−2)",
        "        memo[k] ← fib(k−1) + fib(k−2)");

    public static readonly Pseudocode NQueens = Pseudocode.Numbered(
        "place(row):",
        "  for each column c",
        "    if a queen attacks (row, c): try the next c",
        "    else: put a queen; place(row + 1)",
        "  all columns tried:",
        "  remove the queen above (backtrack)");

    // Tree and structure lessons: keys name the lines their scenes run.

    public static readonly Pseudocode Bst = new(
        ("start", "node ← root   (insert, search, delete x)"),
        ("loop", "while node ≠ null"),
        ("equal", "  if x = node.key: found"),
        ("left", "  if x < node.key: node ← node.left"),
        ("right", "  else: node ← node.right"),
        ("insert", "insert: put x in the empty child"),
        ("missing", "search / delete: x is not there"),
        ("leaf", "delete a leaf: remove it"),
        ("splice", "delete, one child: it takes node's place"),
        ("succ", "two children: s ← min of node.right"),
        ("replace", "  node.key ← s.key; s.right takes s's place"));

    public static readonly Pseudocode AvlInsert = new(
        ("walk", "insert(x): walk down from the root as in a BST"),
        ("dup", "  x = node.key: already there, stop"),
        ("leaf", "  put x in the empty child"),
        ("", "for each node z on the way back up"),
        ("balance", "  h ← 1 + max(h(l), h(r)); b ← h(l) − h(r)"),
        ("ok", "  if −1 ≤ b ≤ 1: go on up"),
        ("LL", "  LL: rotate right at z"),
        ("RR", "  RR: rotate left at z"),
        ("LR", "  LR: rotate left at z.left, then right at z"),
        ("RL", "  RL: rotate right at z.right, then left at z"));

    /// <summary>Binary heap insert (sift up) and extract (sift down); <paramref name="max"/> flips the comparisons.</summary>
    public static Pseudocode Heap(bool max)
    {
        var (before, pick) = max ? (">", "larger") : ("<", "smaller");
        return new(
            ("add", "insert(x): a[n] ← x; i ← n; n ← n + 1"),
            ("up", $"  while i > 0 and a[i] {before} a[parent(i)]"),
            ("upswap", "    swap a[i], a[parent(i)]; i ← parent(i)"),
            ("take", "extract(): top ← a[0]"),
            ("last", "  a[0] ← a[n − 1]; n ← n − 1; i ← 0"),
            ("child", $"  while i has a child: c ← {pick} child"),
            ("down", $"    if a[c] {before} a[i]: swap a[i], a[c]; i ← c"),
            ("stop", "    else: stop (heap order holds)"),
            ("ret", "  return top"));
    }

    /// <summary>The three depth-first orders differ only in where "visit n" stands; level order uses a queue.</summary>
    public static readonly Pseudocode Traversals = Pseudocode.Numbered(
        "traverse(n):   (n = null: return)",
        "  preorder:  visit n",
        "  traverse(n.left)",
        "  inorder:   visit n",
        "  traverse(n.right)",
        "  postorder: visit n",
        "level order: queue ← [root]",
        "  while queue: n ← dequeue(); visit n",
        "    enqueue n.left, n.right (if any)");

    public static readonly Pseudocode Trie = new(
        ("start", "node ← root   (insert or search w)"),
        ("loop", "for each letter c of w"),
        ("create", "  insert: no child c → create it"),
        ("nochild", "  search: no child c → not found"),
        ("follow", "  node ← node.child[c]"),
        ("mark", "insert: mark node, a word ends here"),
        ("check", "search: found if node has a word mark"));

    public static readonly Pseudocode Stack = new(
        ("push", "push(x): top ← top + 1; a[top] ← x"),
        ("empty", "pop() / peek(): if size = 0: empty"),
        ("pop", "pop(): x ← a[top]; top ← top − 1"),
        ("peek", "peek(): return a[top]"));

    public static readonly Pseudocode Queue = new(
        ("enqueue", "enqueue(x): put x behind rear; rear ← x"),
        ("empty", "dequeue() / peek(): if size = 0: empty"),
        ("dequeue", "dequeue(): x ← front; front ← next in line"),
        ("peek", "peek(): return front"));

    public static readonly Pseudocode LinkedList = new(
        ("walk", "cur ← head; step: prev ← cur; cur ← cur.next"),
        ("", "insert(x, i): walk to position i"),
        ("create", "  new ← node(x); new.next ← cur"),
        ("link", "  prev.next ← new   (i = 0: head ← new)"),
        ("", "delete(x): walk until cur.value = x"),
        ("unlink", "  prev.next ← cur.next (or head ← cur.next)"),
        ("free", "  free cur"),
        ("", "search(x): walk until cur.value = x"),
        ("found", "  found: return cur"),
        ("null", "  cur = null: x is not in the list"));

    public static readonly Pseudocode UnionFind = Pseudocode.Numbered(
        "find(x): r ← x; while parent[r] ≠ r: r ← parent[r]",
        "  compress: parent[v] ← r for each v on the path",
        "  return r",
        "union(a, b): ra ← find(a); rb ← find(b)",
        "  if ra = rb: already in one set",
        "  if rank[ra] < rank[rb] (tie: smaller): swap",
        "  parent[rb] ← ra",
        "  if the ranks were equal: rank[ra] += 1");

    /// <summary>Hash table with separate chaining: every operation hashes, then walks one bucket's chain.</summary>
    public static readonly Pseudocode HashTable = new(
        ("hash", "h ← key mod m"),
        ("head", "cur ← head of bucket[h]"),
        ("", "while cur ≠ null:"),
        ("equal", "  if cur.key = key: stop"),
        ("next", "  cur ← cur.next"),
        ("append", "insert, not found: append key; n ← n+1"),
        ("dup", "insert, found: already there"),
        ("found", "search, found: return cur"),
        ("missing", "search/delete, not found: nothing"),
        ("unlink", "delete, found: unlink cur; n ← n−1"));
}
