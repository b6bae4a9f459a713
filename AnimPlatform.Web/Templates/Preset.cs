using System.Text.Json.Nodes;

namespace AnimPlatform.Web.Templates;

/// <summary>
/// A built-in show shipped with the app (Presets/&lt;name&gt;.json). <see cref="Name"/> is the file name without
/// its extension ("bfs"), used in links (<c>/?preset=bfs</c>).
/// </summary>
public sealed record Preset(string Name, string Title, string Description, JsonObject Document);
