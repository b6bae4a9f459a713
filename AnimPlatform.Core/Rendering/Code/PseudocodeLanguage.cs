using ColorCode;
using ColorCode.Common;

namespace AnimPlatform.Core.Rendering.Code;

/// <summary>Textbook pseudocode for ColorCode: keywords, numbers, strings, comments (// or #).</summary>
public sealed class PseudocodeLanguage : ILanguage
{
    public static readonly PseudocodeLanguage Instance = new();

    public string Id => "pseudocode";
    public string Name => "Pseudocode";
    public string CssClassName => "pseudocode";
    public string? FirstLinePattern => null;

    public IList<LanguageRule> Rules { get; } =
    [
        new(@"(//.*?$|#.*?$)", new Dictionary<int, string> { [0] = ScopeName.Comment }),
        new("(\"[^\"\\n]*\"|'[^'\\n]*')", new Dictionary<int, string> { [0] = ScopeName.String }),
        new(@"(?i)\b(if|then|else|elif|end|for|each|from|to|downto|step|do|while|repeat|until|return|function|procedure|algorithm|and|or|not|in|let|swap|break|continue|true|false|null|nil|print|call|begin)\b",
            new Dictionary<int, string> { [0] = ScopeName.Keyword }),
        new(@"\b\d+(\.\d+)?\b", new Dictionary<int, string> { [0] = ScopeName.Number }),
    ];

    public bool HasAlias(string lang) => lang is "pseudo" or "pseudocode";
}
