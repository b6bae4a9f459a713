using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Manifest.Validation;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Manifest.Vocabulary;

/// <summary>
/// Everything the product knows about one object kind: its fields, style keys with defaults, variants,
/// how the model reads it, its runtime (the drawing), extra validation and lenient repairs, a doc line and
/// an example. Registered once in <see cref="VocabularyRegistry"/>.
/// </summary>
public sealed class ObjectKindDescriptor
{
    /// <summary>The <c>type</c> value.</summary>
    public required string Type { get; init; }

    public required string Doc { get; init; }

    /// <summary>Fields besides <c>id</c>, <c>type</c>, <c>style</c>; required ones are validator errors when absent.</summary>
    public IReadOnlyList<FieldSpec> Fields { get; init; } = [];

    /// <summary>Style keys read by the runtime, with their built-in defaults.</summary>
    public IReadOnlyList<FieldSpec> Style { get; init; } = [];

    /// <summary>Valid <c>variant</c> values (empty = the kind has no variants).</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>Reads the typed model from an object mapping (id and layered style already read).</summary>
    public required Func<JsonObject, string, JsonObject, ObjectDefinition> Build { get; init; }

    /// <summary>Creates the drawable runtime of a built definition.</summary>
    public required Func<ObjectDefinition, CanvasSpec, ObjectRuntime> CreateRuntime { get; init; }

    /// <summary>A complete object mapping (YAML flow style) that validates; used by the docs and the registry test.</summary>
    public required string Example { get; init; }

    /// <summary>Kind-specific validator checks (object mapping, path, quoted name, context).</summary>
    internal Action<JsonObject, string, string, ValidationContext>? Check { get; init; }

    /// <summary>Checks of references to other objects, run after every object of the manifest is registered.</summary>
    internal Action<JsonObject, string, string, ValidationContext>? CheckLinks { get; init; }

    /// <summary>Kind-specific lenient repairs (object mapping, path, warn).</summary>
    internal Action<JsonObject, string, Action<string, string>>? Repair { get; init; }

    /// <summary>True when the object has a <c>position</c> field whose shape is checked.</summary>
    public bool HasPosition => Fields.Any(f => f.Name == "position");

    public bool Extension { get; init; }

    public IEnumerable<string> RequiredFieldNames => Fields.Where(f => f.Required).Select(f => f.Name);
}
