using AnimPlatform.Core.Generation.Arrays;
using AnimPlatform.Core.Generation.Sorting;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// Sorting largest first ("quick sort descending 5 3 8 1"): the order words are read, the sorts that honour them end
/// in descending order with every emitted state matching an independent reference, and the lesson names the order.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class SortOrderTraceTests
{
    private static List<int> RandomList(Random r, int n) => Enumerable.Range(0, n).Select(_ => r.Next(0, 100)).ToList();

    [Theory]
    [InlineData("quick sort descending 5 3 8 1", true)]
    [InlineData("sort 5 3 8 1 in decreasing order", true)]
    [InlineData("bubble sort 5 3 8 1 largest first", true)]
    [InlineData("insertion sort from largest to smallest 5 3", true)]
    [InlineData("sort 4 2 high to low", true)]
    [InlineData("quick sort 5 3 8 1 ascending", false)]
    [InlineData("sort smallest first 5 3", false)]
    [InlineData("quick sort 5 3 8 1", false)]
    public void Order_words_are_read_and_removed(string prompt, bool descending)
    {
        Assert.Equal(descending, SortOrder.IsDescending(prompt, out var rest));
        Assert.DoesNotContain("descending", rest);
        Assert.DoesNotContain("largest", rest);
        Assert.DoesNotContain("ascending", rest);
        Assert.Equal(prompt.Split(' ').Where(t => int.TryParse(t, out _)), rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => int.TryParse(t, out _)));
    }

    [Theory]
    [InlineData(typeof(QuickSortGenerator))]
    [InlineData(typeof(BubbleSortGenerator))]
    [InlineData(typeof(InsertionSortGenerator))]
    [InlineData(typeof(MergeSortGenerator))]
    [InlineData(typeof(SelectionSortGenerator))]
    [InlineData(typeof(HeapSortGenerator))]
    public void Descending_sorts_end_largest_first_and_the_show_ends_so(Type type)
    {
        var generator = (SortGeneratorBase)Activator.CreateInstance(type)!;
        var random = new Random(11);
        for (var run = 0; run < 30; run++)
        {
            var values = RandomList(random, random.Next(2, 11));
            Assert.Equal(values.OrderByDescending(v => v), generator.Trace(values, descending: true).Current);
            Assert.Equal(values.OrderBy(v => v), generator.Trace(values).Current);
            var generated = generator.Generate(string.Join(" ", values) + " descending", 1);
            var replay = GenerationTestKit.ReplayCells(GenerationTestKit.Scene(generated.Show, "walkthrough"))["arr"];
            Assert.Equal(GenerationTestKit.Strings(values.OrderByDescending(v => v)), replay[^1]);
        }
    }

    /// <summary>Lomuto partition with larger values to the left, written out here: the array after every swap.</summary>
    private static List<int[]> ReferenceQuickSortDescending(List<int> values)
    {
        var a = values.ToArray();
        var states = new List<int[]>();
        void Swap(int i, int j)
        {
            (a[i], a[j]) = (a[j], a[i]);
            states.Add(a.ToArray());
        }
        void Sort(int lo, int hi)
        {
            if (lo >= hi) return;
            var i = lo;
            for (var j = lo; j < hi; j++)
                if (a[j] > a[hi])
                {
                    if (i != j) Swap(i, j);
                    i++;
                }
            if (i != hi) Swap(i, hi);
            Sort(lo, i - 1);
            Sort(i + 1, hi);
        }
        Sort(0, a.Length - 1);
        return states;
    }

    [Fact]
    public void Quick_sort_descending_swaps_follow_the_reference_partition()
    {
        var random = new Random(3);
        for (var run = 0; run < 40; run++)
        {
            var values = RandomList(random, random.Next(2, 13));
            var trace = new QuickSortGenerator().Trace(values, descending: true);
            Assert.Equal(ReferenceQuickSortDescending(values), trace.States);
            Assert.All(trace.Events.Where(e => e.Kind == ArrayEventKind.Compare), e => Assert.DoesNotContain(" < ", e.Caption));
        }
    }

    [Fact]
    public void The_lesson_names_the_order_in_its_text_code_and_legend()
    {
        var show = new QuickSortGenerator().Generate("descending 5 3 8 1", 1).Show.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("then sort each side · descending order", show);
        Assert.Contains("We will sort 5, 3, 8, 1 in descending order (largest first)", show); // narration is read as words: the list without brackets
        Assert.Contains("Larger values go left, the rest go right: largest first", show);
        Assert.Contains("if a[j] > pivot", show);
        Assert.Contains("> pivot", show);
        Assert.Contains("[8, 5, 3, 1]", show);
        var ascending = new QuickSortGenerator().Generate("5 3 8 1", 1).Show.ToJsonString();
        Assert.DoesNotContain("descending", ascending);
    }

    [Fact]
    public void A_sort_without_a_descending_trace_says_so_instead_of_misreading_the_word()
    {
        var e = Assert.Throws<Core.Generation.GeneratorInputException>(() => new CountingSortGenerator().Generate("descending 5 3 8 1", 1));
        Assert.Contains("ascending order only", e.Message);
        Assert.Contains(SortGeneratorBase.DescendingSorts, e.Message);
        Assert.Throws<InvalidOperationException>(() => new RadixSortGenerator().Trace([3, 1], descending: true));
    }

    /// <summary>The refusal names exactly the sorts that do sort largest first.</summary>
    [Fact]
    public void The_refusal_names_every_sort_that_sorts_descending_and_no_other()
    {
        var named = SortGeneratorBase.DescendingSorts.Replace(" and ", ", ").Replace(" sort", "").Split(", ").ToHashSet();
        foreach (var sort in new Core.Generation.GeneratorCatalog().Generators.OfType<SortGeneratorBase>())
        {
            var name = sort.Info.Title.Replace(" Sort", "").ToLowerInvariant();
            var sorts = Record.Exception(() => sort.Generate("descending 5 3 8 1", 1)) is null;
            Assert.True(sorts == named.Contains(name), $"{sort.Info.Title}: sorts descending {sorts}, named {named.Contains(name)}");
        }
    }

    /// <summary>Selection sort picking the maximum, written out here: the array after every swap.</summary>
    private static List<int[]> ReferenceSelectionSortDescending(List<int> values)
    {
        var a = values.ToArray();
        var states = new List<int[]>();
        for (var i = 0; i < a.Length - 1; i++)
        {
            var max = i;
            for (var j = i + 1; j < a.Length; j++) if (a[j] > a[max]) max = j;
            if (max == i) continue;
            (a[i], a[max]) = (a[max], a[i]);
            states.Add(a.ToArray());
        }
        return states;
    }

    /// <summary>Heap sort on a min-heap, written out here: the array after every swap.</summary>
    private static List<int[]> ReferenceHeapSortDescending(List<int> values)
    {
        var a = values.ToArray();
        var states = new List<int[]>();
        void Swap(int i, int j)
        {
            (a[i], a[j]) = (a[j], a[i]);
            states.Add(a.ToArray());
        }
        void SiftDown(int i, int size)
        {
            while (2 * i + 1 < size)
            {
                int l = 2 * i + 1, r = l + 1, c = r < size && a[r] < a[l] ? r : l;
                if (a[c] >= a[i]) return;
                Swap(i, c);
                i = c;
            }
        }
        for (var i = a.Length / 2 - 1; i >= 0; i--) SiftDown(i, a.Length);
        for (var end = a.Length - 1; end > 0; end--)
        {
            Swap(0, end);
            SiftDown(0, end);
        }
        return states;
    }

    [Fact]
    public void Selection_and_heap_sort_descending_follow_their_references()
    {
        var random = new Random(5);
        for (var run = 0; run < 40; run++)
        {
            var values = RandomList(random, random.Next(2, 13));
            Assert.Equal(ReferenceSelectionSortDescending(values), new SelectionSortGenerator().Trace(values, descending: true).States);
            var heap = new HeapSortGenerator().Trace(values, descending: true);
            Assert.Equal(ReferenceHeapSortDescending(values), heap.States);
            Assert.All(heap.Events.Where(e => e.Kind == ArrayEventKind.Compare), e => Assert.DoesNotContain("larger", e.Caption));
        }
        var selection = new SelectionSortGenerator().Generate("descending 5 3 8 1", 1).Show.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("if a[j] > a[max]", selection);
        Assert.Contains("current maximum", selection);
        Assert.DoesNotContain("minimum", selection);
    }
}
