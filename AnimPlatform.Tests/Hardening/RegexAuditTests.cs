using System.Reflection;
using System.Text.RegularExpressions;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Narration;

namespace AnimPlatform.Tests.Hardening;

/// <summary>Issue 14 item 1: every regex of the Core (all applied to user input) is non-backtracking; the former look-behind is plain parsing.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class RegexAuditTests
{
    public static IEnumerable<object[]> CoreRegexes() =>
        typeof(ManifestPipeline).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.IsSpecialName)
            .Select(m => new object[] { $"{m.DeclaringType!.FullName}.{m.Name}" });

    [Fact]
    public void TheAuditFindsTheCoreRegexes() => Assert.True(CoreRegexes().Count() >= 9);

    [Theory]
    [MemberData(nameof(CoreRegexes))]
    public void EveryCoreRegexIsNonBacktracking(string name)
    {
        var split = name.LastIndexOf('.');
        var type = typeof(ManifestPipeline).Assembly.GetType(name[..split])!;
        var regex = (Regex)type.GetMethod(name[(split + 1)..], BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!.Invoke(null, null)!;
        Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking), $"{name}: {regex}");
    }

    [Fact]
    public void PathologicalNumbersAndDurationsGiveTheSameAnswers()
    {
        Assert.Equal(System.Text.Json.JsonValueKind.String, DocumentReader.Read("v: " + new string('1', 40_000) + "x")!["v"]!.GetValueKind());
        Assert.Equal(12.5, DocumentReader.Read("v: 12.5")!["v"]!.GetValue<double>());
        Assert.Equal(7L, DocumentReader.Read("v: 7")!["v"]!.GetValue<long>());
        Assert.Equal(1.5, DurationParser.Parse("1.5s", out var ok));
        Assert.True(ok);
        DurationParser.Parse(new string('9', 30_000) + "x", out ok);
        Assert.False(ok);
    }

    [Fact]
    public void SubtitleSplitterMatchesTheSentenceRules()
    {
        var chunks = SubtitleChunker.Split("One. Two!  (Three?) \"Four.\" five, six");
        Assert.Equal("One. Two! (Three?) \"Four.\" five, six", string.Join(' ', chunks));
        Assert.Equal(["One. Two!", "(Three?) \"Four.\"", "five, six"], chunks);
    }

    [Fact]
    public void SubtitleSplitterHandlesLongRunsOfClosers()
    {
        var text = "Start." + new string(')', 20_000) + " end." + new string(' ', 5) + "last";
        var chunks = SubtitleChunker.Split(text);
        Assert.Equal(SpeechCache.NormalizeText(text), string.Join(' ', chunks));
    }
}
