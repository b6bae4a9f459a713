using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Lessons;

/// <summary>
/// The walkthrough of a table lesson (DP tables, distance matrices, boards) on today's objects: one text
/// per cell laid out on a grid with row and column headers, a counters line under it, and the beats
/// played as cell values and colours. No "Array" captions: the grid is made of plain texts.
/// </summary>
public static class TableLesson
{
    public const string InfoId = "info";
    public const string CellColor = "#d0d0ee";
    public const string HeaderColor = "#9fb4ff";

    public static string CellId(int r, int c) => $"c{r}_{c}";

    /// <summary>Where the grid's cells go: centred in the space between the step caption and the legend.</summary>
    public static (double X0, double Y0, double W, double H) Geometry(int rows, int cols)
    {
        var w = Math.Min(120, 1500.0 / (cols + 1));
        var h = Math.Min(72, 600.0 / (rows + 1));
        var x0 = Theme.CenterX - (cols + 1) * w / 2 + w * 1.5;
        var y0 = 210 + h * 1.5 + (600 - (rows + 1) * h) / 2;
        return (x0, y0, w, h);
    }

    public static void Play(SceneBuilder s, IReadOnlyList<string> rowHeaders, IReadOnlyList<string> colHeaders,
        string?[,] initial, IReadOnlyList<Beat> beats, string? finalCaption = null)
    {
        int rows = rowHeaders.Count, cols = colHeaders.Count;
        var (x0, y0, w, h) = Geometry(rows, cols);
        var font = $"bold {(h >= 60 && w >= 80 ? 28 : 22)}px monospace";
        var ids = new List<string>();
        for (var c = 0; c < cols; c++)
        {
            s.Text($"ch{c}", x0 + c * w, y0 - h, font, HeaderColor, colHeaders[c]);
            ids.Add($"ch{c}");
        }
        for (var r = 0; r < rows; r++)
        {
            s.Text($"rh{r}", x0 - w, y0 + r * h, font, HeaderColor, rowHeaders[r]);
            ids.Add($"rh{r}");
            for (var c = 0; c < cols; c++)
            {
                s.Text(CellId(r, c), x0 + c * w, y0 + r * h, font, CellColor, initial[r, c] ?? "·");
                ids.Add(CellId(r, c));
            }
        }
        s.Text(InfoId, Theme.CenterX, 930, "bold 28px sans-serif", Theme.Accent);
        s.Together(ids.Append(InfoId).Select(id => Act.FadeIn(id, 0.6))).Pause(0.6);
        new BeatPlayer(s, Emit, InfoId).Play(beats);
        if (finalCaption is not null) s.Step(finalCaption);
        s.Pause(1.5).FadeOutAll();
    }

    /// <summary>The widest and tallest a cell gets (a small board or a short memo row fills the area up to these).</summary>
    public const double MaxCellWidth = 200, MaxCellHeight = 96;

    /// <summary>Where the grid goes beside a code panel: centred in the diagram area between the caption and the counters line, its cells as large as fit (up to <see cref="MaxCellWidth"/> × <see cref="MaxCellHeight"/>).</summary>
    public static (double X0, double Y0, double W, double H) PanelGeometry(int rows, int cols)
    {
        const double width = LessonLayout.DiagramRight - LessonLayout.DiagramLeft - 40, top = 200, height = 560;
        var w = Math.Min(MaxCellWidth, width / (cols + 1));
        var h = Math.Min(MaxCellHeight, height / (rows + 1));
        var x0 = LessonLayout.DiagramCenterX - (cols + 1) * w / 2 + w * 1.5;
        var y0 = top + h * 1.5 + (height - (rows + 1) * h) / 2;
        return (x0, y0, w, h);
    }

    /// <summary>The table in the diagram area (left), the counters line under it, the code panel and legend of <paramref name="panels"/> beside it.</summary>
    public static void Play(SceneBuilder s, LessonPanels panels, IReadOnlyList<string> rowHeaders, IReadOnlyList<string> colHeaders,
        string?[,] initial, IReadOnlyList<Beat> beats, string? finalCaption = null)
    {
        int rows = rowHeaders.Count, cols = colHeaders.Count;
        var (x0, y0, w, h) = PanelGeometry(rows, cols);
        var longest = Enumerable.Range(0, cols).Select(c => colHeaders[c].Length).Concat(rowHeaders.Select(r => r.Length)).DefaultIfEmpty(1).Max();
        // The text grows with the cell: 22 px in small cells, up to 34 px in large ones (values up to 4 characters fit).
        var size = (int)Math.Clamp(Math.Min(h * 0.42, w / 4 / 0.62), 22, 34);
        // Headers as long as "row 10" must fit their column.
        var headerSize = Math.Max(18, Math.Min(size, (int)(w / Math.Max(1, longest) / 0.62)));
        var ids = new List<string>();
        for (var c = 0; c < cols; c++)
        {
            s.Text($"ch{c}", x0 + c * w, y0 - h, $"bold {headerSize}px monospace", HeaderColor, colHeaders[c]);
            ids.Add($"ch{c}");
        }
        for (var r = 0; r < rows; r++)
        {
            s.Text($"rh{r}", x0 - w - Math.Max(0, rowHeaders[r].Length * size * 0.62 - w) / 2, y0 + r * h, $"bold {size}px monospace", HeaderColor, rowHeaders[r]);
            ids.Add($"rh{r}");
            for (var c = 0; c < cols; c++)
            {
                s.Text(CellId(r, c), x0 + c * w, y0 + r * h, $"bold {size}px monospace", CellColor, initial[r, c] ?? "·");
                ids.Add(CellId(r, c));
            }
        }
        s.Text(InfoId, LessonLayout.DiagramCenterX, 800, "bold 24px sans-serif", Theme.Accent);
        s.Together(ids.Append(InfoId).Concat(panels.Ids).Select(id => Act.FadeIn(id, 0.6))).Pause(0.6);
        new BeatPlayer(s, Emit, InfoId, l => panels.LineAt(l), info => Fmt.Wrap(info, 80)).Play(beats);
        if (finalCaption is not null) s.Step(finalCaption);
        s.Pause(1.5).FadeOutAll();
    }

    /// <summary>A palette state as a text colour readable on the background (contrast ≥ 4.5:1).</summary>
    public static string TextColorFor(string paletteName) => paletteName switch
    {
        "base" => CellColor,
        "pivot" => "#c39bd3",
        "discard" => "#8a8aaa",
        "path" or "swap" => "#ff7b6b",
        "left" => "#5dade2",
        _ => Theme.Color(paletteName),
    };

    private static IEnumerable<JsonObject> Emit(Change change)
    {
        if (change is not CellChange c) yield break;
        var id = CellId(c.Row, c.Col);
        if (c.Value is not null) yield return Act.SetText(id, c.Value);
        if (c.Color is not null) yield return Act.TextColor(id, TextColorFor(c.Color), 0.3);
    }
}
