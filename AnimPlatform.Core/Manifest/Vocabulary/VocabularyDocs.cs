using System.Text;
using System.Text.RegularExpressions;

namespace AnimPlatform.Core.Manifest.Vocabulary;

/// <summary>
/// Markdown generated from <see cref="VocabularyRegistry"/>: the docs page's kind and action tables, the
/// sections of extension kinds and actions, and the AI system prompt's compact reference. Hand-written
/// Markdown places them with markers: <c>&lt;!-- vocabulary:NAME --&gt;</c>.
/// </summary>
public static partial class VocabularyDocs
{
    /// <summary>Replaces every vocabulary marker in <paramref name="markdown"/>; an unknown marker is left as it is.</summary>
    public static string Expand(string markdown) => Marker().Replace(markdown, m => Section(m.Groups[1].Value) ?? m.Value);

    /// <summary>The Markdown for one marker name, or null when the name is unknown.</summary>
    public static string? Section(string name)
    {
        if (name.StartsWith("kind:", StringComparison.Ordinal))
            return VocabularyRegistry.TryGetKind(name[5..], out var kind) ? KindTables(kind) : null;
        return name switch
        {
            "kinds" => KindsTable(),
            "actions" => ActionsTable(),
            "extensions" => Extensions(),
            "ai-objects" => AiObjects(),
            "ai-actions" => AiActions(),
            "entry-fields" => EntryFieldsTable(),
            _ => null,
        };
    }

    public static string KindsTable()
    {
        var md = new StringBuilder("| type | what it draws | fields |\n|---|---|---|\n");
        foreach (var k in VocabularyRegistry.Kinds)
            md.Append($"| [`{k.Type}`](#{k.Type}) | {Cell(k.Doc)} | {FieldList(k.Fields)} |\n");
        return md.ToString();
    }

    /// <summary>The fields table and the style table of one kind.</summary>
    public static string KindTables(ObjectKindDescriptor kind)
    {
        var md = new StringBuilder("| field | type | required | meaning |\n|---|---|---|---|\n");
        foreach (var f in kind.Fields)
            md.Append($"| `{f.Name}` | {Cell(f.TypeText)} | {(f.Required ? "yes" : "no")} | {Cell(f.Doc)}{DefaultNote(f)} |\n");
        if (kind.Variants.Count > 0)
            md.Append($"\nVariants: {string.Join(", ", kind.Variants.Select(v => $"`{v}`"))}.\n");
        if (kind.Style.Count > 0)
        {
            md.Append("\n| style | default | |\n|---|---|---|\n");
            foreach (var s in kind.Style)
                md.Append($"| `{s.Name}` | {(s.Default is null ? "—" : $"`{s.Default}`")} | {Cell(s.Doc)} |\n");
        }
        return md.ToString();
    }

    public static string ActionsTable()
    {
        var md = new StringBuilder("| action | target | fields | duration | what it does |\n|---|---|---|---|---|\n");
        foreach (var a in VocabularyRegistry.Actions)
            md.Append($"| [`{a.Name}`](#{a.Name}) | {Targets(a)} | {FieldList(a.Fields)} | "
                + (a.DurationRequired ? "required" : "optional (0)") + $" | {Cell(a.Doc)} |\n");
        return md.ToString();
    }

    /// <summary>The fields every timeline entry may carry and the extension meta fields (step narration).</summary>
    public static string EntryFieldsTable()
    {
        var md = new StringBuilder("| field | where | type | meaning |\n|---|---|---|---|\n");
        foreach (var f in VocabularyRegistry.EntryFields)
            md.Append($"| `{f.Name}` | any top-level timeline entry | {Cell(f.TypeText)} | {Cell(f.Doc)}{DefaultNote(f)} |\n");
        foreach (var f in VocabularyRegistry.MetaFields)
            md.Append($"| `{f.Name}` | `meta` (show or scene) | {Cell(f.TypeText)} | {Cell(f.Doc)}{DefaultNote(f)} |\n");
        return md.ToString();
    }

    /// <summary>A section per extension kind and action: doc line, tables, example.</summary>
    public static string Extensions()
    {
        var md = new StringBuilder();
        foreach (var k in VocabularyRegistry.Kinds.Where(k => k.Extension))
            md.Append($"### {k.Type}\n\n{k.Doc}\n\n{KindTables(k)}\n```yaml\n- {k.Example}\n```\n\n");
        foreach (var a in VocabularyRegistry.Actions.Where(a => a.Extension))
        {
            md.Append($"### {a.Name}\n\n{a.Doc} Target: {Targets(a)}.\n\n");
            if (a.Fields.Count > 0)
            {
                md.Append("| field | type | required | meaning |\n|---|---|---|---|\n");
                foreach (var f in a.Fields)
                    md.Append($"| `{f.Name}` | {Cell(f.TypeText)} | {(f.Required ? "yes" : "no")} | {Cell(f.Doc)}{DefaultNote(f)} |\n");
                md.Append('\n');
            }
            md.Append($"```yaml\n- {a.Example}\n```\n\n");
        }
        return md.Length == 0 ? "No extensions are registered.\n" : md.ToString();
    }

    /// <summary>The AI prompt's object table: type, fields, style keys.</summary>
    public static string AiObjects()
    {
        var md = new StringBuilder("| type | fields | style |\n|---|---|---|\n");
        foreach (var k in VocabularyRegistry.Kinds)
        {
            var fields = string.Join(", ", k.Fields.Select(f => $"`{f.Name}`{(f.Required ? "" : "?")} ({f.Doc})"));
            if (k.Variants.Count > 0) fields += $"; variants: {string.Join(" | ", k.Variants)}";
            var style = string.Join(", ", k.Style.Select(s => $"`{s.Name}`"));
            md.Append($"| `{k.Type}` | `id`, {Cell(fields)} — {Cell(k.Doc)} | {style} |\n");
        }
        return md.ToString();
    }

    /// <summary>The AI prompt's action table: action, fields, what it does.</summary>
    public static string AiActions()
    {
        var md = new StringBuilder("| action | fields | what it does |\n|---|---|---|\n");
        foreach (var a in VocabularyRegistry.Actions)
        {
            var fields = new List<string>();
            if (a.TargetRequired) fields.Add(a.TargetKinds.Count == 0 ? "`target`" : $"`target` ({string.Join("/", a.TargetKinds)})");
            fields.AddRange(a.Fields.Where(f => f.Lenient).Select(f => $"`{f.Name}`{(f.Required ? "" : "?")}: {f.TypeText}"));
            fields.Add(a.DurationRequired ? "`duration`" : "`duration`? (instant without)");
            md.Append($"| `{a.Name}` | {Cell(string.Join(", ", fields))} | {Cell(a.Doc)} |\n");
        }
        md.Append('\n').Append(StepNarration.AiNote).Append('\n');
        return md.ToString();
    }

    private static string Targets(ActionDescriptor a) =>
        !a.TargetRequired ? "—" : a.TargetKinds.Count == 0 ? "any object" : string.Join(", ", a.TargetKinds);

    private static string FieldList(IEnumerable<FieldSpec> fields)
    {
        var list = fields.Where(f => f.Lenient).Select(f => $"`{f.Name}`{(f.Required ? "" : "?")}").ToList();
        return list.Count == 0 ? "—" : string.Join(", ", list);
    }

    private static string DefaultNote(FieldSpec f) => f.Default is null ? "" : $" (default `{f.Default}`)";

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    [GeneratedRegex(@"<!--\s*vocabulary:([a-z0-9:\-]+)\s*-->", RegexOptions.NonBacktracking)]
    private static partial Regex Marker();
}
