using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Objects;

namespace AnimPlatform.Core.Rendering.Actions;

/// <summary>highlight-line: a band behind line n (or lines [from, to], 1-based) in <c>color</c>; the other lines dim.</summary>
internal sealed class HighlightLineHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<CodeRuntime>(step, "code") is not { } code) return;
        if (LineRange(step["line"]) is not var (from, to) || from < 1 || to > code.Page.Lines.Count || from > to)
        {
            context.Warn(step, $"line {step["line"]?.ToJsonString() ?? "(missing)"} is not a line or range of lines 1–{code.Page.Lines.Count}");
            return;
        }
        var ease = context.Ease(step);
        var colour = code.HighlightColor;
        if (step["color"] is not null && context.TryColor(step, "color", "#f1c40f", out var given)) colour = given;
        for (var i = 0; i < code.Page.Lines.Count; i++)
        {
            var line = code.Page.Lines[i];
            var on = i + 1 >= from && i + 1 <= to;
            line.Band.Opacity.Animate(start, duration, on ? 1 : 0, ease);
            if (on)
            {
                line.Band.Fill.Animate(start, duration, colour with { A = Math.Min(colour.A, 0.28) }, ease);
                line.Band.Stroke.Animate(start, duration, colour, ease);
            }
            line.Group.Opacity.Animate(start, duration, on ? 1 : code.DimOpacity, ease);
        }
    }

    /// <summary>A line number or a [from, to] pair (numbers or numeric strings).</summary>
    public static (int From, int To)? LineRange(JsonNode? node)
    {
        static int? Whole(JsonNode? n) => Manifest.Vocabulary.FieldChecks.Numeric(n) is { } d && double.IsFinite(d) && Math.Floor(d) == d ? (int)d : null;
        if (node is JsonArray { Count: 2 } pair && Whole(pair[0]) is { } a && Whole(pair[1]) is { } b) return (a, b);
        return Whole(node) is { } n ? (n, n) : null;
    }
}

/// <summary>clear-highlight: every band fades out and every line is fully visible again.</summary>
internal sealed class ClearHighlightHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<CodeRuntime>(step, "code") is not { } code) return;
        var ease = context.Ease(step);
        foreach (var line in code.Page.Lines)
        {
            line.Band.Opacity.Animate(start, duration, 0, ease);
            line.Group.Opacity.Animate(start, duration, 1, ease);
        }
    }
}

/// <summary>set-code: the panel's code (and optionally language) is replaced; old lines fade out, new ones fade in.</summary>
internal sealed class SetCodeHandler : IActionHandler
{
    public void Apply(ActionStep step, double start, double duration, SceneContext context)
    {
        if (context.Target<CodeRuntime>(step, "code") is not { } code) return;
        code.ReplaceCode(CodeRuntime.CodeText(step["code"]), step["language"].AsString(), start, duration, context.Ease(step));
    }
}
