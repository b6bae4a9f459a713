using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Searching;
using static AnimPlatform.Tests.Generation.GenerationTestKit;

namespace AnimPlatform.Tests.Generation;

[Trait("Category", TestCategory.Unit)]
public class SearchGeneratorTests
{
    [Theory]
    [InlineData("7 in 4 2 7 1 9", 2, 3)]
    [InlineData("for 4 in 4 2 7", 0, 1)]
    [InlineData("5 in 4 2 7 1 9", -1, 5)]
    public void Linear_search_checks_cells_left_to_right(string input, int found, int comparisons)
    {
        var generated = Generate(new LinearSearchGenerator(), input);
        var trace = (ArrayTrace)generated.Trace;
        Assert.Equal(found, trace.FoundIndex);
        Assert.Equal(comparisons, trace.Comparisons);
        var looked = trace.Events.Where(e => e.Kind == ArrayEventKind.Compare).Select(e => e.I).ToList();
        Assert.Equal(Enumerable.Range(0, comparisons), looked);
        AssertValidAndRenders(generated.Show);
    }

    [Theory]
    [InlineData(new[] { 2, 5, 8, 12, 16, 23, 38, 56, 72, 91 }, 23)]
    [InlineData(new[] { 2, 5, 8, 12, 16, 23, 38, 56, 72, 91 }, 2)]
    [InlineData(new[] { 2, 5, 8, 12, 16, 23, 38, 56, 72, 91 }, 91)]
    [InlineData(new[] { 2, 5, 8, 12, 16, 23, 38, 56, 72, 91 }, 40)]
    [InlineData(new[] { 1 }, 0)]
    public void Binary_search_probes_the_reference_midpoints(int[] values, int target)
    {
        var trace = new BinarySearchGenerator().Trace(values, target);
        var probes = new List<int>();
        int lo = 0, hi = values.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + (hi - lo) / 2;
            probes.Add(mid);
            if (values[mid] == target) { found = mid; break; }
            if (values[mid] < target) lo = mid + 1; else hi = mid - 1;
        }
        Assert.Equal(probes, trace.Events.Where(e => e.Kind == ArrayEventKind.Compare).Select(e => e.I));
        Assert.Equal(found, trace.FoundIndex);
        Assert.Equal(Array.BinarySearch(values, target) >= 0, trace.FoundIndex >= 0);
    }

    [Fact]
    public void Binary_search_sorts_unsorted_input_and_says_so()
    {
        var generated = Generate(new BinarySearchGenerator(), "9 in 9 3 7 1");
        Assert.Contains(generated.Notes, n => n.Contains("sorted"));
        Assert.Equal([1, 3, 7, 9], ((ArrayTrace)generated.Trace).Input);
        Assert.Equal(3, ((ArrayTrace)generated.Trace).FoundIndex);
        AssertValidAndRenders(generated.Show);
    }

    [Theory]
    [InlineData("7 in 1 x 3", "'x' is not a number")]
    [InlineData("7 8 in 1 2 3", "one target before 'in'")]
    [InlineData("7 in 1 2.5 3", "not a whole number")]
    public void Unreadable_input_gets_a_clear_message(string input, string expected)
    {
        var ex = Assert.Throws<GeneratorInputException>(() => new LinearSearchGenerator().Generate(input, 1));
        Assert.Contains(expected, ex.Message);
    }
}
