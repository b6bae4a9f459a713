namespace AnimPlatform.Core.Generation.Graphs;

/// <summary>Disjoint sets with path compression and union by rank; ties make the smaller name the root.</summary>
public sealed class UnionFind
{
    private readonly Dictionary<string, string> _parent = [];
    private readonly Dictionary<string, int> _rank = [];

    public UnionFind(IEnumerable<string> items)
    {
        foreach (var x in items)
        {
            _parent[x] = x;
            _rank[x] = 0;
        }
    }

    public IReadOnlyDictionary<string, string> Parent => _parent;

    public IReadOnlyDictionary<string, int> Rank => _rank;

    /// <summary>x, its parent, … up to the root, without changing anything (what find walks before it compresses).</summary>
    public IReadOnlyList<string> PathToRoot(string x)
    {
        var path = new List<string> { x };
        while (_parent[path[^1]] != path[^1]) path.Add(_parent[path[^1]]);
        return path;
    }

    public string Find(string x)
    {
        var root = x;
        while (_parent[root] != root) root = _parent[root];
        while (_parent[x] != root) (_parent[x], x) = (root, _parent[x]);
        return root;
    }

    /// <summary>Joins the two sets; returns the new root, or null when they were already one set.</summary>
    public string? Union(string a, string b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb) return null;
        if (_rank[ra] < _rank[rb] || (_rank[ra] == _rank[rb] && string.CompareOrdinal(rb, ra) < 0)) (ra, rb) = (rb, ra);
        _parent[rb] = ra;
        if (_rank[ra] == _rank[rb]) _rank[ra]++;
        return ra;
    }
}
