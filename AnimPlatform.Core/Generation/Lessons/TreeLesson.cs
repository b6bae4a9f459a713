using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Trees;

namespace AnimPlatform.Core.Generation.Lessons;

/// <summary>The walkthrough of a lesson on a fixed binary tree: the tree object, a counters line, the beats as node colours.</summary>
public static class TreeLesson
{
    public const string TreeId = "tree";
    public const string InfoId = "info";

    /// <summary>A pointer a tree lesson shows on its nodes (n, cur …) and its tag colour.</summary>
    public sealed record TreePointer(string Name, string Color, string Side = "above");

    public static void Play(SceneBuilder s, BinarySearchTree tree, IReadOnlyList<Beat> beats, string? finalCaption = null)
    {
        var height = Math.Max(1, tree.Height());
        var levelSpacing = Math.Min(120, 465.0 / height); // the lowest node stays above a three-line subtitle band
        s.Add(TreeObjects.Build(TreeId, Theme.CenterX, 250, tree.Specs(), levelSpacing));
        s.Text(InfoId, Theme.CenterX, 930, "bold 28px monospace", Theme.Accent);
        s.Together(Act.FadeIn(TreeId, 0.6), Act.FadeIn(InfoId, 0.6)).Pause(0.6);
        new BeatPlayer(s, Emit, InfoId).Play(beats);
        if (finalCaption is not null) s.Step(finalCaption);
        s.Pause(1.5).FadeOutAll();
    }

    /// <summary>
    /// The tree filling the diagram area (left), a counters line under it, and beside it the lesson panels: the
    /// pseudocode (each beat lights its line), the variables panel (each beat sets its rows) and the legend row;
    /// pointers ride on the nodes the beats name.
    /// </summary>
    public static void Play(SceneBuilder s, BinarySearchTree tree, Pseudocode code, IReadOnlyList<(string Name, string Value)> vars,
        IReadOnlyList<(string Label, string PaletteName)> legend, IReadOnlyList<TreePointer> pointers, IReadOnlyList<Beat> beats,
        string? finalCaption = null)
    {
        var height = Math.Max(1, tree.Height());
        var levelSpacing = Math.Min(130, 470.0 / height);
        var specs = tree.Specs();
        var fit = TreeObjects.Fit([specs], levelSpacing, LessonLayout.DiagramLeft + 20, LessonLayout.DiagramRight - 20);
        s.Add(TreeObjects.Build(TreeId, fit.RootX, LessonLayout.ContentTop + 70, specs, levelSpacing, fit: fit));
        s.Text(InfoId, LessonLayout.DiagramCenterX, 800, "bold 24px sans-serif", Theme.Accent);
        var panels = new LessonPanels(s, code, vars);
        panels.Legend(legend);
        foreach (var p in pointers) panels.Pointer(p.Name, TreeId, specs[0].Id, p.Color, p.Side);
        s.Together(new[] { TreeId, InfoId }.Concat(panels.Ids).Select(id => Act.FadeIn(id, 0.6))).Pause(0.6);
        new BeatPlayer(s, Emit, InfoId, infoFormat: info => Fmt.Wrap(info, 80), panels: panels).Play(beats);
        if (finalCaption is not null) s.Step(finalCaption);
        s.Together(panels.HidePointers());
        s.Pause(1.5).FadeOutAll();
    }

    private static IEnumerable<JsonObject> Emit(Change change)
    {
        if (change is NodeColor n)
            yield return n.Color == "base"
                ? Act.NodeStyle(TreeId, n.Node, Theme.BaseFill, Theme.BaseStroke, 3, 0.3)
                : Act.HighlightNode(TreeId, n.Node, "$" + n.Color, 0.3);
    }
}
