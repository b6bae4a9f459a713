using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Ai;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// The prompts people type (PromptTable.tsv): each must pick its generator and succeed, or fail with the
/// given message. Unmatched prompts must name the closest topics with example prompts and no configuration names.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public class PromptTableTests
{
    private static readonly GeneratorCatalog Catalog = new();
    private static readonly ShowGenerationService Service = new(Catalog, new TopicMatcher(Catalog),
        new AiShowGenerator(Options.Create(new AiOptions()), new OpenAiCompatibleChatClientFactory()));

    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Generation", "PromptTable.tsv");
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    [Fact]
    public void The_table_has_at_least_100_prompts() => Assert.True(Rows().Count >= 100, $"{Rows().Count} prompts");

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Prompt_picks_its_generator_or_gives_its_error(string prompt, string expected)
    {
        var result = await Service.GenerateAsync(new GenerationRequest(prompt));
        if (expected.StartsWith('!'))
        {
            Assert.False(result.Succeeded, $"'{prompt}' should fail but made {result.GeneratorId}");
            Assert.Contains(expected[1..], result.Error);
            Assert.DoesNotContain("_API_KEY", result.Error);
            if (expected == "!Closest topics") Assert.Matches("\\(\"[^\"]+\"\\)", result.Error);
            return;
        }
        Assert.True(result.Succeeded, $"'{prompt}': {result.Error}");
        Assert.Equal(expected, result.GeneratorId);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("fewer"));
    }
}
