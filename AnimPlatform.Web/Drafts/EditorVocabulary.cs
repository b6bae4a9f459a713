using AnimPlatform.Core.Manifest.Vocabulary;

namespace AnimPlatform.Web.Drafts;

/// <summary>What the code editor completes, read from the kind registry: action names, object kinds, and their fields.</summary>
public static class EditorVocabulary
{
    public sealed record Field(string Name, string Type, bool Required, string Doc);
    public sealed record Entry(string Name, string Doc, IReadOnlyList<Field> Fields);
    public sealed record Table(IReadOnlyList<Entry> Actions, IReadOnlyList<Entry> Kinds, IReadOnlyList<Field> TopLevel);

    /// <summary>Built once: the registry does not change while the app runs.</summary>
    public static Table Current { get; } = Build();

    private static Table Build()
    {
        var actions = VocabularyRegistry.Actions.Select(a => new Entry(a.Name, a.Doc,
        [
            new Field("action", "string", true, "the action's name"),
            .. a.TargetRequired || a.TargetKinds.Count > 0 ? [new Field("target", "object id", a.TargetRequired, "the object it acts on")] : Array.Empty<Field>(),
            new Field("duration", "duration", a.DurationRequired, a.DefaultDuration is null ? "how long it takes" : $"how long it takes (default {a.DefaultDuration})"),
            .. a.Fields.Select(Of),
        ])).ToList();
        var kinds = VocabularyRegistry.Kinds.Select(k => new Entry(k.Type, k.Doc,
        [
            new Field("id", "string", true, "the object's name, used by the timeline's targets"),
            new Field("type", "string", true, "the object kind"),
            .. k.Fields.Select(Of),
            new Field("style", "mapping", false, "colours, fonts and sizes: " + string.Join(", ", k.Style.Select(s => s.Name))),
            .. k.Style.Select(s => new Field(s.Name, s.TypeText, false, $"style: {s.Doc}{(s.Default is null ? "" : $" (default {s.Default})")}")),
        ])).ToList();
        IReadOnlyList<Field> topLevel =
        [
            new("meta", "mapping", true, "title, canvas, palette, defaults, easing"),
            new("objects", "list", true, "what is drawn: each has an id and a type"),
            new("timeline", "list", true, "what happens, in order: each entry has an action"),
            new("title", "string", false, "the video's title"),
            new("canvas", "mapping", false, "width, height, background"),
        ];
        return new Table(actions, kinds, topLevel);
    }

    private static Field Of(FieldSpec f) => new(f.Name, f.TypeText, f.Required, f.Default is null ? f.Doc : $"{f.Doc} (default {f.Default})");
}
