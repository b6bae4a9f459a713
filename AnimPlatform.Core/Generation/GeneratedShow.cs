using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Generation;

/// <summary>
/// A generated inline show plus what produced it. <see cref="Trace"/> is the algorithm's own record of its
/// steps (a generator-specific type), which tests compare with reference implementations.
/// </summary>
public sealed record GeneratedShow(
    JsonObject Show,
    string GeneratorId,
    string Title,
    string InputSummary,
    IReadOnlyList<string> Notes,
    object Trace);
