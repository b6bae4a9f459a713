using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// <see cref="DiagramSpanTests"/>' rule for the hash table: the walkthrough's table (bucket grid and chain nodes) spans
/// at least half the 1920 px frame and stays inside the diagram area, for the generator's own inputs (seeds 1–8) and
/// for short and crowded tables. Short chains lay the buckets across the area; long chains keep the bucket column.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class HashTableDiagramSpanTests
{
    private static readonly GeneratorCatalog Catalog = new();

    public static TheoryData<string, int> Inputs()
    {
        var data = new TheoryData<string, int>();
        for (var seed = 1; seed <= 8; seed++) data.Add("", seed);
        foreach (var input in new[]
        {
            "insert 4 7 12 19",
            "4 9 13 21 size 5",
            "1 2 3 4 5 6 7 8 9 10 size 10 delete 10 search 3",
            "11 22 33 44 55 66 77 88 99 21 size 10",
            "10 20 30 40 50 60 70 80 90 100 size 10 search 100 delete 50 search 7",
            "100 -205 310 -415 520 625 730 size 2 search 730",
            "15 11 27 8 12 22 size 7 search 22 delete 15",
            "1 8 15 22 29 36 size 7",
        }) data.Add(input, 3);
        return data;
    }

    private static JsonObject Walkthrough(string input, int seed)
    {
        var show = Catalog.Find("hash-table")!.Generate(input, seed).Show;
        return new JsonObject { ["scenes"] = new JsonArray(GenerationTestKit.Scene(show, "walkthrough").DeepClone()) };
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_table_spans_at_least_half_the_frame_width(string input, int seed)
    {
        var span = DiagramSpanTests.Span(Walkthrough(input, seed));
        Assert.True(span is not null, $"'{input}' seed {seed}: no table drawn");
        var (left, right) = span.Value;
        Assert.True(right - left >= 960, $"'{input}' seed {seed}: the table spans x {left:0}–{right:0} ({right - left:0} px), under half of 1920");
        Assert.True(left >= LessonLayout.DiagramLeft && right <= LessonLayout.DiagramRight,
            $"'{input}' seed {seed}: the table spans x {left:0}–{right:0}, outside the diagram area {LessonLayout.DiagramLeft}–{LessonLayout.DiagramRight}");
    }

    /// <summary>The layout follows the input: one chain of ten keys keeps the bucket column, ten chains of one key lay the buckets across.</summary>
    [Theory]
    [InlineData("10 20 30 40 50 60 70 80 90 100 size 10", false)]
    [InlineData("1 2 3 4 5 6 7 8 9 10 size 10", true)]
    [InlineData("insert 4 7 12 19", true)]
    [InlineData("1 8 15 22 29 36 43 size 7", false)]
    public void Short_chains_lay_the_buckets_across_and_long_chains_keep_the_column(string input, bool across)
    {
        var grid = GenerationTestKit.Scene(Catalog.Find("hash-table")!.Generate(input, 3).Show, "walkthrough")["manifest"]!["objects"]!
            .AsArray().Single(o => (string?)o!["id"] == "buckets")!;
        Assert.Equal(across ? "one row" : "one column", (int)grid["rows"]! == 1 ? "one row" : (int)grid["cols"]! == 1 ? "one column" : "neither");
    }

    /// <summary>
    /// Across, nodes never shrink below 24 px radius (16 px at 720p) to make room for the cur tag: ten buckets of 2-digit
    /// keys used to get 19 px nodes (13 px at 720p) with the tag wedged against the next chain.
    /// </summary>
    [Theory]
    [InlineData("10 21 32 43 54 65 76 87 98 19 size 10 search 98")]
    [InlineData("1 2 3 4 5 6 7 8 9 10 size 10 delete 10 search 3")]
    [InlineData("insert 4 7 12 19")]
    [InlineData("11 22 33 44 55 66 77 88 size 8 search 88")]
    public void Across_the_nodes_stay_large_enough_to_read(string input)
    {
        var objects = GenerationTestKit.Scene(Catalog.Find("hash-table")!.Generate(input, 3).Show, "walkthrough")["manifest"]!["objects"]!.AsArray();
        var radii = objects.Where(o => (string?)o!["type"] == "graph").Select(g => (double)g!["style"]!["nodeRadius"]!).Distinct().ToList();
        Assert.NotEmpty(radii);
        Assert.All(radii, r => Assert.True(r >= 24, $"'{input}': chain nodes of radius {r} px at 1080p"));
    }
}
