using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Lint;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// The largest input each generator takes (CapsPrompts.tsv) lays out as cleanly as the random ones
/// (<see cref="GeneratedLintTests"/>): a union-find of ten elements grew a tree deep enough to overlap its
/// parent/rank table, and a root with nine children drew edges through its own children.
/// </summary>
[Trait("Category", TestCategory.Integration)]
public class CapsLintTests
{
    private static readonly GeneratorCatalog Catalog = new();

    public static TheoryData<string, string> Prompts()
    {
        var data = new TheoryData<string, string>();
        foreach (var (id, prompt) in NarratedLengthAtCapsTests.CapsPrompts()) data.Add(id, prompt);
        return data;
    }

    [Theory]
    [MemberData(nameof(Prompts))]
    public void The_input_at_the_caps_passes_lint(string id, string prompt)
    {
        var match = new TopicMatcher(Catalog).Match(prompt)!;
        Assert.Equal(id, match.Generator.Info.Id);
        var doc = ManifestPipeline.FromNode(match.Generator.Generate(match.Input, 7).Show.DeepClone());
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        var found = doc.Warnings.Select(w => $"validation {w}").Concat(LayoutLint.Run(doc).Select(w => w.ToString())).ToList();
        Assert.True(found.Count == 0, $"{prompt}: {found.Count} lint warning(s):\n" + string.Join("\n", found.Take(15)));
    }
}
