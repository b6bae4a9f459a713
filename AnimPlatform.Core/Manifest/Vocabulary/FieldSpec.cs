namespace AnimPlatform.Core.Manifest.Vocabulary;

/// <summary>The shape a manifest field must have; the validator's shape checks and the docs' type column come from it.</summary>
public enum FieldType
{
    Any,
    String,
    Number,
    Boolean,
    Color,
    Position,
    Mapping,
    List,
    StringList,
    NodeId,
    EdgePair,
    Index,
    IndexPair,
    Side,
    LineRange,
}

/// <summary>
/// One field of an object kind, a style key or an action field.
/// </summary>
/// <param name="Name">The key as written in a manifest.</param>
/// <param name="Type">Its shape.</param>
/// <param name="Required">True when its absence is a validator error.</param>
/// <param name="Default">The value used when absent, as shown in the docs (null = none).</param>
/// <param name="Doc">One line for the docs and the AI reference.</param>
/// <param name="Lenient">False when the lenient normaliser removes it (accepted but ignored fields).</param>
public sealed record FieldSpec(string Name, FieldType Type, bool Required, string? Default, string Doc, bool Lenient = true)
{
    public static FieldSpec Req(string name, FieldType type, string doc) => new(name, type, true, null, doc);

    public static FieldSpec Opt(string name, FieldType type, string doc, string? @default = null) => new(name, type, false, @default, doc);

    /// <summary>A style key with its built-in default.</summary>
    public static FieldSpec Style(string name, FieldType type, string? @default, string doc) => new(name, type, false, @default, doc);

    /// <summary>How the docs write the type.</summary>
    public string TypeText => Type switch
    {
        FieldType.Any => "any",
        FieldType.String => "string",
        FieldType.Number => "number",
        FieldType.Boolean => "boolean",
        FieldType.Color => "colour",
        FieldType.Position => "{x, y}",
        FieldType.Mapping => "mapping",
        FieldType.List => "list",
        FieldType.StringList => "list of strings",
        FieldType.NodeId => "node id",
        FieldType.EdgePair => "[from, to]",
        FieldType.Index => "index ≥ 0",
        FieldType.IndexPair => "[i, j]",
        FieldType.Side => "left | right",
        FieldType.LineRange => "line or [from, to]",
        _ => Type.ToString(),
    };
}
