using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Animation;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>set-text (spec §9.4): instant at D = 0, else the character morph, always easeInOutCubic.</summary>
internal sealed class SetTextHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<TextRuntime>(step, "text") is not { } target) return;
        var value = ValueText(step["value"]);
        var content = target.Text.Content;
        if (duration <= 0)
        {
            content.Set(start, value);
            return;
        }
        content.Add(new Segment<string>(start, start + duration, content.At(start), value, Easings.InOutCubic) { Morph = true });
    }

    /// <summary>Missing/null → ""; scalars by their string form (0 stays "0", spec §15 #16).</summary>
    public static string ValueText(System.Text.Json.Nodes.JsonNode? node) =>
        node is null ? "" : node.ScalarText() ?? node.ToJsonString();
}
