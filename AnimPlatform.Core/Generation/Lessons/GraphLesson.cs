using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation.Building;
using AnimPlatform.Core.Generation.Building.Lessons;
using AnimPlatform.Core.Generation.Graphs;

namespace AnimPlatform.Core.Generation.Lessons;

/// <summary>
/// The walkthrough of a graph lesson: the laid-out graph (weights beside the edges when weighted), a
/// counters line under it, and the beats played as node and edge colours.
/// </summary>
public static class GraphLesson
{
    public const string InfoId = "info";

    public static void Play(SceneBuilder s, GraphSpec g, bool weighted, IReadOnlyList<Beat> beats, string? finalCaption = null)
    {
        var pos = GraphLayout.Compute(g, 230, 760);
        var ids = GraphScene.Add(s, g, pos, weighted);
        s.Text(InfoId, Theme.CenterX, 910, "bold 28px sans-serif", Theme.Accent);
        s.Together(ids.Append(InfoId).Select(id => Act.FadeIn(id, 0.6))).Pause(0.6);
        new BeatPlayer(s, c => Emit(g, c), InfoId).Play(beats);
        if (finalCaption is not null) s.Step(finalCaption);
        s.Pause(1.5).FadeOutAll();
    }

    /// <summary>The graph in the diagram area (left), the counters line under it, the code panel and legend of <paramref name="panels"/> beside it.</summary>
    public static void Play(SceneBuilder s, LessonPanels panels, GraphSpec g, bool weighted, IReadOnlyList<Beat> beats, string? finalCaption = null)
    {
        var pos = GraphLayout.Compute(g, 176 + GraphScene.Radius(g), 734 - GraphScene.Radius(g), LessonLayout.DiagramLeft + 80, LessonLayout.DiagramRight - 80, GraphScene.Clearance(g));
        var ids = GraphScene.Add(s, g, pos, weighted);
        s.Text(InfoId, LessonLayout.DiagramCenterX, 800, "bold 24px sans-serif", Theme.Accent);
        s.Together(ids.Append(InfoId).Concat(panels.Ids).Select(id => Act.FadeIn(id, 0.6))).Pause(0.6);
        new BeatPlayer(s, c => Emit(g, c), InfoId, l => panels.LineAt(l), info => Fmt.Wrap(info, 80)).Play(beats);
        if (finalCaption is not null) s.Step(finalCaption);
        s.Pause(1.5).FadeOutAll();
    }

    private static IEnumerable<JsonObject> Emit(GraphSpec g, Change c)
    {
        switch (c)
        {
            case NodeColor n:
                yield return Act.HighlightNode(GraphScene.GraphId, n.Node, "$" + n.Color, 0.35);
                break;
            case EdgeColor e:
                var edge = g.EdgeBetween(e.A, e.B);
                yield return Act.HighlightEdge(GraphScene.GraphId, edge.From, edge.To, "$" + e.Color, 0.35);
                break;
        }
    }
}
