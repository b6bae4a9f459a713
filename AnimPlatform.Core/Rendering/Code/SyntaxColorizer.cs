using ColorCode;
using ColorCode.Common;
using ColorCode.Parsing;

namespace AnimPlatform.Core.Rendering.Code;

/// <summary>The role of a run of source text, for colouring.</summary>
public enum TokenRole { Plain, Keyword, String, Comment, Number, Type }

/// <summary>A run of one line's text with one role.</summary>
public sealed record CodeToken(string Text, TokenRole Role);

/// <summary>
/// Splits source code into lines of coloured runs with ColorCode's language rules (python, java, c, cpp,
/// csharp, javascript) or <see cref="PseudocodeLanguage"/>.
/// </summary>
public static class SyntaxColorizer
{
    public static readonly IReadOnlyList<string> LanguageNames = ["pseudocode", "python", "java", "c", "cpp", "csharp", "javascript"];

    public static ILanguage? Language(string? name) => (name ?? "pseudocode").ToLowerInvariant() switch
    {
        "pseudocode" or "pseudo" or "" => PseudocodeLanguage.Instance,
        "python" or "py" => Languages.Python,
        "java" => Languages.Java,
        "c" or "cpp" or "c++" => Languages.Cpp,
        "csharp" or "c#" or "cs" => Languages.CSharp,
        "javascript" or "js" => Languages.JavaScript,
        _ => null,
    };

    /// <summary>The lines of <paramref name="code"/>, each a list of runs; an unknown language is plain text.</summary>
    public static IReadOnlyList<IReadOnlyList<CodeToken>> Colorize(string code, string? language)
    {
        code = code.Replace("\r\n", "\n").Replace('\t', ' ');
        var roles = new TokenRole[code.Length];
        if (Language(language) is { } lang && code.Length > 0) new Collector(roles).Run(code, lang);
        var lines = new List<IReadOnlyList<CodeToken>>();
        var start = 0;
        for (var i = 0; i <= code.Length; i++)
        {
            if (i < code.Length && code[i] != '\n') continue;
            lines.Add(Runs(code, roles, start, i));
            start = i + 1;
        }
        return lines;
    }

    private static List<CodeToken> Runs(string code, TokenRole[] roles, int from, int to)
    {
        var runs = new List<CodeToken>();
        var i = from;
        while (i < to)
        {
            var j = i;
            while (j < to && roles[j] == roles[i]) j++;
            runs.Add(new CodeToken(code[i..j], roles[i]));
            i = j;
        }
        return runs;
    }

    private static TokenRole Role(string scope) =>
        scope.Contains("Comment", StringComparison.OrdinalIgnoreCase) ? TokenRole.Comment
        : scope.Contains("String", StringComparison.OrdinalIgnoreCase) ? TokenRole.String
        : scope.Contains("Keyword", StringComparison.OrdinalIgnoreCase) ? TokenRole.Keyword
        : scope.Contains("Number", StringComparison.OrdinalIgnoreCase) ? TokenRole.Number
        : scope.Contains("Class", StringComparison.OrdinalIgnoreCase) || scope.Contains("Type", StringComparison.OrdinalIgnoreCase) ? TokenRole.Type
        : TokenRole.Plain;

    /// <summary>Receives ColorCode's parsed fragments (in source order) and marks each character's role.</summary>
    private sealed class Collector(TokenRole[] roles) : CodeColorizerBase(null, null)
    {
        private int _offset;

        public void Run(string code, ILanguage language) =>
            languageParser.Parse(code, language, (fragment, scopes) => Write(fragment, scopes));

        protected override void Write(string parsedSourceCode, IList<Scope> scopes)
        {
            foreach (var scope in scopes) Mark(scope, _offset);
            _offset += parsedSourceCode.Length;
        }

        private void Mark(Scope scope, int offset)
        {
            var role = Role(scope.Name);
            for (var k = scope.Index; k < scope.Index + scope.Length; k++)
                if (offset + k < roles.Length) roles[offset + k] = role;
            foreach (var child in scope.Children) Mark(child, offset);
        }
    }
}
