using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Generation.Building.Lessons;

/// <summary>
/// Where a lesson's parts go on the 1920×1080 canvas: the title and step caption at the top, the diagram
/// on the left (more than half the width), the code panel and the variables panel in the right column,
/// the legend row under the diagram, and the bottom band kept free for burned subtitles.
/// </summary>
public static class LessonLayout
{
    /// <summary>Diagram area (left): x from <see cref="DiagramLeft"/> to <see cref="DiagramRight"/>.</summary>
    public const double DiagramLeft = 40;
    public const double DiagramRight = 1200;
    public const double DiagramCenterX = (DiagramLeft + DiagramRight) / 2;

    /// <summary>Content rows: below the step caption, above the legend row.</summary>
    public const double ContentTop = 180;
    public const double ContentBottom = 830;

    /// <summary>The legend row (under the diagram), clear of a three-line burned subtitle (its band starts at y 873).</summary>
    public const double LegendY = 858;

    /// <summary>Right column (code and variables panels), centred here.</summary>
    public const double PanelCenterX = 1560;
    public const double PanelLeft = 1230;
    public const double PanelRight = 1890;

    /// <summary>Nothing is drawn below this line: burned subtitles sit there (about two lines at 1080p).</summary>
    public const double SubtitleTop = 905;

    /// <summary>The smallest text a lesson draws, px at 1080p (the lint's lesson rule is 18).</summary>
    public const double LabelSize = 20;

    /// <summary>Font size of the values in cells and under bars.</summary>
    public const double ValueSize = 22;

    /// <summary>
    /// A data-structure's style with the lesson's readable sizes (the data-structure extensions captionSize,
    /// indexSize, valueSize; the renderer's own defaults are 14, 11 and 16 px).
    /// </summary>
    public static JsonObject Legible(JsonObject style)
    {
        style["captionSize"] = LabelSize;
        style["indexSize"] = LabelSize;
        style["valueSize"] = ValueSize;
        return style;
    }

    public const double CodeFontSize = 22;
    public const double VarFontSize = 22;

    /// <summary>Height of a code panel of <paramref name="lines"/> lines (the renderer's line height is 1.5 × the font).</summary>
    public static double CodeHeight(int lines, double font = CodeFontSize) => lines * font * 1.5 + 2 * font * 0.6;

    /// <summary>Height of a variables panel of <paramref name="rows"/> rows (row height 1.6 × the font).</summary>
    public static double VarsHeight(int rows, double font = VarFontSize) => Math.Max(1, rows) * font * 1.6 + 2 * font * 0.6;

    /// <summary>The code font that fits <paramref name="code"/> in the right column (width and height with the variables below).</summary>
    public static double CodeFontFor(Pseudocode code, int varRows)
    {
        for (var font = CodeFontSize; font > 18; font -= 1)
        {
            var width = code.LongestLine * font * 0.6 + 2 * font * 0.6 + font * 2.2;
            if (width <= PanelRight - PanelLeft && CodeHeight(code.Lines.Count, font) + VarsHeight(varRows) + 40 <= ContentBottom + 40 - ContentTop)
                return font;
        }
        return 18;
    }
}
