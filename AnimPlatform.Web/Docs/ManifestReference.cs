using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using AnimPlatform.Core.Manifest.Vocabulary;
using Microsoft.Extensions.Logging;

namespace AnimPlatform.Web.Docs;

/// <summary>
/// The manifest reference of the Docs page: Docs/manifest-reference.md (shipped beside the app) rendered to
/// HTML once with Markdig — tables, heading anchors — plus its section headings for a table of contents.
/// </summary>
public sealed partial class ManifestReference
{
    public const string FileName = "manifest-reference.md";

    /// <summary>Where the page lives; in-page links are written against it because the app's base href is "/".</summary>
    public const string PagePath = "docs";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .Build();

    private readonly Lazy<(string Html, IReadOnlyList<DocHeading> Headings, string Title)> _rendered;

    public ManifestReference(ILogger<ManifestReference> logger)
        : this(System.IO.Path.Combine(AppContext.BaseDirectory, "Docs", FileName), logger) { }

    public ManifestReference(string path, ILogger<ManifestReference> logger)
    {
        Path = path;
        _rendered = new Lazy<(string, IReadOnlyList<DocHeading>, string)>(() => Load(path, logger));
    }

    public string Path { get; }

    /// <summary>False when the Markdown file was missing; <see cref="Html"/> then says so.</summary>
    public bool Found => File.Exists(Path);

    public string Html => _rendered.Value.Html;

    public IReadOnlyList<DocHeading> Headings => _rendered.Value.Headings;

    public string Title => _rendered.Value.Title;

    /// <summary>Renders Markdown text: HTML, the level 2 and 3 headings, and the first level 1 heading as the title.</summary>
    public static (string Html, IReadOnlyList<DocHeading> Headings, string Title) Render(string markdown)
    {
        var document = Markdown.Parse(VocabularyDocs.Expand(markdown), Pipeline);
        var headings = new List<DocHeading>();
        var title = "";
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = PlainText(heading.Inline);
            if (heading.Level == 1)
            {
                if (title.Length == 0) title = text;
                continue;
            }
            if (heading.Level <= 3 && heading.GetAttributes().Id is { Length: > 0 } id)
                headings.Add(new DocHeading(heading.Level, id, text));
        }
        var html = document.ToHtml(Pipeline);
        // Generated tables link to #name; a combined section ("enqueue and push") owns the anchor of both.
        var ids = headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        html = AnchorLink().Replace(html, m => ids.Contains(m.Groups[1].Value) ? m.Value
            : ids.FirstOrDefault(id => id.Split("-and-").Contains(m.Groups[1].Value)) is { } owner ? $"href=\"#{owner}\"" : m.Value);
        // href="#x" would resolve against <base href="/"> and leave the page; point it at this page instead.
        html = FragmentLink().Replace(html, $"href=\"{PagePath}#");
        // Keyboard users scroll wide code blocks too; a column without a title is not a header.
        html = html.Replace("<pre>", "<pre tabindex=\"0\">", StringComparison.Ordinal).Replace("<table>", "<table tabindex=\"0\">", StringComparison.Ordinal).Replace("<th></th>", "<td></td>", StringComparison.Ordinal);
        return (html, headings, title);
    }

    private static (string, IReadOnlyList<DocHeading>, string) Load(string path, ILogger logger)
    {
        if (!File.Exists(path))
        {
            logger.LogWarning("The manifest reference {Path} is missing", path);
            return ("<p>The manifest reference is missing from this installation (" + System.Net.WebUtility.HtmlEncode(path) + ").</p>", [], "Manifest reference");
        }
        return Render(File.ReadAllText(path));
    }

    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
            }
        }
        return text.ToString();
    }

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex AnchorLink();

    [GeneratedRegex("href=\"#")]
    private static partial Regex FragmentLink();
}
