using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Lint;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// Every generated show passes the layout lint (text on the canvas and inside its box, no overlaps, no edge
/// through a node, contrast, text size, the subtitle band kept free) for 50 random inputs of each
/// generator — the random-input path (an empty prompt with seeds 1–50). Lint is static: it compiles each
/// scene and looks at the settled picture after every timeline entry, nothing is rendered to video.
/// </summary>
[Trait("Category", TestCategory.Integration)] // about two minutes: not in the fast lane
public class GeneratedLintTests
{
    public const int Seeds = 50;

    private static readonly GeneratorCatalog Catalog = new();

    public static TheoryData<string> Lessons()
    {
        var data = new TheoryData<string>();
        foreach (var g in Catalog.Generators) data.Add(g.Info.Id);
        return data;
    }

    /// <summary>The warnings of each seed that has any, one line per warning (empty: every seed is clean).</summary>
    public static List<string> Findings(string id, int seeds = Seeds)
    {
        var generator = Catalog.Find(id)!;
        var found = new List<string>();
        for (var seed = 1; seed <= seeds; seed++)
        {
            var doc = ManifestPipeline.FromNode(generator.Generate("", seed).Show.DeepClone());
            Assert.True(doc.IsValid, $"{id} seed {seed}: " + string.Join("\n", doc.Errors));
            found.AddRange(doc.Warnings.Select(w => $"seed {seed}: validation {w}"));
            found.AddRange(LayoutLint.Run(doc).Select(w => $"seed {seed}: {w}"));
        }
        return found;
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Passes_lint_for_50_seeds(string id)
    {
        var found = Findings(id);
        Assert.True(found.Count == 0, $"{id}: {found.Count} lint warning(s):\n" + string.Join("\n", found.Take(15)));
    }
}
