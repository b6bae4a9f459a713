using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Validation;
using AnimPlatform.Core.Rendering.Actions;

namespace AnimPlatform.Core.Manifest.Vocabulary;

/// <summary>
/// Everything the product knows about one timeline action, in one place: its fields, the object kinds it
/// targets, the default the lenient normaliser gives its duration, its validation hints, its runtime
/// handler and its one-line doc. The validator, the normaliser, the renderer, the docs page and the AI
/// prompt all read it from <see cref="VocabularyRegistry"/>.
/// </summary>
public sealed class ActionDescriptor
{
    public required string Name { get; init; }

    /// <summary>One line for the docs tables and the AI reference.</summary>
    public required string Doc { get; init; }

    /// <summary>True when the action acts on an object and therefore needs <c>target</c>.</summary>
    public bool TargetRequired { get; init; } = true;

    /// <summary>Object kinds the action applies to; empty = any kind (or no target at all).</summary>
    public IReadOnlyList<string> TargetKinds { get; init; } = [];

    /// <summary>Action-specific fields (not <c>action</c>, <c>target</c>, <c>duration</c>, <c>easing</c>).</summary>
    public IReadOnlyList<FieldSpec> Fields { get; init; } = [];

    /// <summary>"R" in the spec's duration column: its absence is a validator error.</summary>
    public bool DurationRequired { get; init; } = true;

    /// <summary>The duration the lenient normaliser writes when none is given (null = none).</summary>
    public string? DefaultDuration { get; init; } = "0.5s";

    /// <summary>The runtime handler that turns the action into tweens.</summary>
    public required IActionHandler Handler { get; init; }

    /// <summary>A YAML flow mapping of a valid use, shown in the docs (targets named in <see cref="VocabularyRegistry"/>'s sample scene).</summary>
    public required string Example { get; init; }

    /// <summary>Extra validator warnings beyond the field-shape checks (action mapping, path, context).</summary>
    internal Action<JsonObject, string, ValidationContext>? Hints { get; init; }

    /// <summary>Lenient repair of the action's own fields; returns why the action must be dropped, or null.</summary>
    internal Func<JsonObject, string, Action<string, string>, string?>? Repair { get; init; }

    /// <summary>False when the action animates nothing, so <c>easing</c> is not one of its fields.</summary>
    public bool Eased { get; init; } = true;

    /// <summary>True for the actions added after the original format (documented as extensions).</summary>
    public bool Extension { get; init; }

    public IEnumerable<FieldSpec> RequiredFields => Fields.Where(f => f.Required);

    public IEnumerable<FieldSpec> OptionalFields => Fields.Where(f => !f.Required);

    public bool AcceptsTargetKind(string kind) => TargetKinds.Count == 0 || TargetKinds.Contains(kind);
}
