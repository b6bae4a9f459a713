namespace AnimPlatform.Core.Generation.Graphs;

public enum UnionFindStepKind { Operation, FindStart, Hop, Root, Compress, Same, Compare, Attach, RankUp, Done }

/// <summary>
/// One shown step of a union-find run. <paramref name="Parent"/> is the forest after the step (element → parent), so
/// the picture can be laid out from it; <paramref name="Op"/> is the index of the operation the step belongs to.
/// </summary>
public sealed record UnionFindStep(UnionFindStepKind Kind, int Op, string Caption, int Line, string Node, string? Other,
    IReadOnlyDictionary<string, string> Parent, int Rank = 0);

/// <summary>What one operation returned (find: the root; union: the new root, null when already one set) and the state after it.</summary>
public sealed record UnionFindResult(UnionFindOp Op, string? Root, IReadOnlyDictionary<string, string> Parent, IReadOnlyDictionary<string, int> Rank);

/// <summary>
/// Runs the operations on the real <see cref="UnionFind"/> (union by rank, path compression) and records every step
/// it takes: the walk up to the root (read before find compresses), each node find re-points, the rank comparison
/// and the link. Elements are keyed by their place in <paramref name="elements"/>, so a tie keeps the smaller element
/// as the root (UnionFind breaks ties by the smaller key).
/// </summary>
public sealed record UnionFindTrace(IReadOnlyList<string> Elements, IReadOnlyList<UnionFindStep> Steps, IReadOnlyList<UnionFindResult> Results,
    int Compressions, int Ties, int UnequalUnions)
{
    public static UnionFindTrace Run(IReadOnlyList<string> elements, IReadOnlyList<UnionFindOp> ops)
    {
        var key = elements.Select((e, i) => (e, k: i.ToString("D2"))).ToDictionary(x => x.e, x => x.k, StringComparer.Ordinal);
        var name = key.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);
        var uf = new UnionFind(key.Values);
        var shown = elements.ToDictionary(e => e, e => e, StringComparer.Ordinal);
        var steps = new List<UnionFindStep>();
        var results = new List<UnionFindResult>();
        int compressions = 0, ties = 0, unequal = 0;

        void Add(UnionFindStepKind kind, int op, string caption, int line, string node, string? other = null, int rank = 0) =>
            steps.Add(new UnionFindStep(kind, op, caption, line, node, other, new Dictionary<string, string>(shown, StringComparer.Ordinal), rank));

        string Find(int op, string x)
        {
            var path = uf.PathToRoot(key[x]).Select(k => name[k]).ToList();
            Add(UnionFindStepKind.FindStart, op, $"find({x}): start at {x} and follow the parent links up", 1, x);
            for (var i = 0; i + 1 < path.Count; i++)
                Add(UnionFindStepKind.Hop, op, $"parent[{path[i]}] = {path[i + 1]} → go up to {path[i + 1]}", 1, path[i], path[i + 1]);
            var root = name[uf.Find(key[x])];
            Add(UnionFindStepKind.Root, op, path.Count == 1 ? $"parent[{x}] = {x}: {x} is its own root" : $"parent[{root}] = {root}: the root of {x} is {root}", 3, root);
            foreach (var v in path.Take(path.Count - 1))
            {
                if (shown[v] == root) continue;
                var old = shown[v];
                shown[v] = name[uf.Parent[key[v]]];
                compressions++;
                Add(UnionFindStepKind.Compress, op, $"Path compression: {v} now points straight at the root {root} (was {old})", 2, v, old);
            }
            return root;
        }

        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            if (op.Kind == "find")
            {
                Add(UnionFindStepKind.Operation, i, $"Which set is {op.A} in?", 1, op.A);
                var root = Find(i, op.A);
                Add(UnionFindStepKind.Done, i, $"find({op.A}) = {root}", 3, root);
                results.Add(Snapshot(op, root));
                continue;
            }
            Add(UnionFindStepKind.Operation, i, $"Find both roots first: the root of {op.A} and the root of {op.B}", 4, op.A, op.B);
            var ra = Find(i, op.A);
            var rb = Find(i, op.B!);
            if (ra == rb)
            {
                Add(UnionFindStepKind.Same, i, $"find({op.A}) = find({op.B}) = {ra}: already in one set, nothing to do", 5, ra);
                results.Add(Snapshot(op, uf.Union(key[op.A], key[op.B!]) is { } same ? name[same] : null));
                continue;
            }
            var (rankA, rankB) = (uf.Rank[key[ra]], uf.Rank[key[rb]]);
            var winner = name[uf.Union(key[op.A], key[op.B!])!];
            var loser = winner == ra ? rb : ra;
            var tie = rankA == rankB;
            if (tie) ties++; else unequal++;
            Add(UnionFindStepKind.Compare, i, tie
                ? $"rank[{ra}] = rank[{rb}] = {rankA}: a tie, so the smaller root {winner} stays the root"
                : $"rank[{winner}] = {Math.Max(rankA, rankB)} > rank[{loser}] = {Math.Min(rankA, rankB)}: the lower tree goes under {winner}", 6, winner, loser);
            shown[loser] = winner;
            Add(UnionFindStepKind.Attach, i, $"parent[{loser}] ← {winner}: {loser}'s tree now hangs under {winner}", 7, loser, winner);
            if (tie) Add(UnionFindStepKind.RankUp, i, $"The ranks were equal, so {winner}'s tree got taller: rank[{winner}] = {uf.Rank[key[winner]]}", 8, winner, null, uf.Rank[key[winner]]);
            results.Add(Snapshot(op, winner));
        }
        return new UnionFindTrace(elements, steps, results, compressions, ties, unequal);

        UnionFindResult Snapshot(UnionFindOp op, string? root) => new(op, root,
            uf.Parent.ToDictionary(kv => name[kv.Key], kv => name[kv.Value], StringComparer.Ordinal),
            uf.Rank.ToDictionary(kv => name[kv.Key], kv => kv.Value, StringComparer.Ordinal));
    }

    /// <summary>The sets at the end, each as its root and members in element order.</summary>
    public IEnumerable<(string Root, List<string> Members)> Sets()
    {
        var parent = Results.Count > 0 ? Results[^1].Parent : Elements.ToDictionary(e => e, e => e);
        string Root(string x) { while (parent[x] != x) x = parent[x]; return x; }
        return Elements.GroupBy(Root).Select(g => (g.Key, g.ToList()));
    }
}
