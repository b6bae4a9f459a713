using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Trees;

namespace AnimPlatform.Core.Generation.Lessons;

/// <summary>The walkthrough of a lesson on a fixed binary tree: the tree object, a counters line, the beats as node colours.</summary>
public static class TreeLesson
{
    public const string TreeId = "tree";
    public const string InfoId = "info";

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

    private static IEnumerable<JsonObject> Emit(Change change)
    {
        if (change is NodeColor n)
            yield return n.Color == "base"
                ? Act.NodeStyle(TreeId, n.Node, Theme.BaseFill, Theme.BaseStroke, 3, 0.3)
                : Act.HighlightNode(TreeId, n.Node, "$" + n.Color, 0.3);
    }
}
