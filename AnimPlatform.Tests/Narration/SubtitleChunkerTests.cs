using AnimPlatform.Core.Narration;

namespace AnimPlatform.Tests.Narration;

[Trait("Category", TestCategory.Unit)]
public class SubtitleChunkerTests
{
    [Fact]
    public void Short_sentences_pair_up_two_at_most()
    {
        var chunks = SubtitleChunker.Split("One. Two! Three? Four.");
        Assert.Equal(["One. Two!", "Three? Four."], chunks);
    }

    [Fact]
    public void A_chunk_never_exceeds_eighteen_words()
    {
        var text = "This first sentence has exactly ten words in it, you see. And this second one has nine words in it too. Short.";
        var chunks = SubtitleChunker.Split(text);
        Assert.All(chunks, c => Assert.True(SubtitleChunker.Words(c) <= 18, c));
        Assert.Equal(["This first sentence has exactly ten words in it, you see.", "And this second one has nine words in it too. Short."], chunks);
    }

    [Fact]
    public void Long_sentences_split_at_commas_then_into_groups_of_at_most_twelve_words()
    {
        var commas = "Bubble sort walks the list from left to right, compares every pair of neighbours on its way, and swaps the pair whenever it is out of order.";
        var chunks = SubtitleChunker.Split(commas);
        // 27 words: clauses of 9, 8 and 10 words; neighbouring clauses merge while they fit in 18 words.
        Assert.Equal(["Bubble sort walks the list from left to right, compares every pair of neighbours on its way,", "and swaps the pair whenever it is out of order."], chunks);

        var noCommas = string.Join(' ', Enumerable.Range(1, 25).Select(i => $"w{i}")) + ".";
        var groups = SubtitleChunker.Split(noCommas);
        Assert.Equal([9, 8, 8], groups.Select(SubtitleChunker.Words));
    }

    [Theory]
    [InlineData("Welcome!  Today we'll learn Bubble Sort, one of the simplest sorting algorithms. It works by repeatedly stepping through the list, comparing adjacent elements, and swapping them if they're in the wrong order.")]
    [InlineData("Next, 5 and 8... no swap needed, 5 is smaller. Now 8 and 1... 8 is larger, so we swap.")]
    [InlineData("no punctuation at all but quite a lot of words that keep going on and on and on well past the limit of eighteen words")]
    [InlineData("He said \"stop.\" Then he left.\n\nThe end")]
    public void Chunks_joined_give_back_the_narration(string narration)
    {
        var chunks = SubtitleChunker.Split(narration);
        Assert.Equal(SpeechCache.NormalizeText(narration), string.Join(' ', chunks));
        Assert.All(chunks, c => Assert.InRange(SubtitleChunker.Words(c), 1, 18));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Blank_narration_has_no_chunks(string? narration) => Assert.Empty(SubtitleChunker.Split(narration));
}
