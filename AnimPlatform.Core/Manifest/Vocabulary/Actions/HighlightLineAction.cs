using AnimPlatform.Core.Manifest.Vocabulary.Kinds;
using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>highlight-line (extension): the band behind a line or range of a code panel; the other lines dim.</summary>
internal static class HighlightLineAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "highlight-line",
        Doc = "Puts a coloured band behind a line (or range of lines) of a code panel and dims the others.",
        Extension = true,
        TargetKinds = [CodeKind.Type],
        Fields =
        [
            Req("line", FieldType.LineRange, "1-based line number, or [from, to]"),
            Opt("color", FieldType.Color, "band colour (palette allowed)", "style highlightColor"),
        ],
        DefaultDuration = "0.3s",
        Handler = new HighlightLineHandler(),
        Example = "{ action: highlight-line, target: code, line: 2, duration: 0.3s }",
        Repair = (a, _, _) => HighlightLineHandler.LineRange(a["line"]) is null ? "needs line (a number or [from, to])" : null,
    };
}
