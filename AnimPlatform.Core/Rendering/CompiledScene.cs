using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Rendering.Elements;

namespace AnimPlatform.Core.Rendering;

/// <summary>
/// One scene of a <see cref="CompiledShow"/> as the compiler left it, for checks that look at a scene on its own
/// (layout lint): its objects and entry ends (<see cref="Run"/>) from <see cref="Start"/>, and <see cref="Camera"/>,
/// the shared camera's tracks as they stood when the scene was compiled — so the next scene's camera reset, which a
/// cut puts at this scene's last instant, is not in them.
/// </summary>
public sealed record CompiledScene(SceneEntry Entry, double Start, SceneCompiler.SceneRun Run, GroupElement Camera)
{
    /// <summary>A copy of <paramref name="camera"/>'s tracks now (tweens are immutable, so later ones do not reach it).</summary>
    internal static GroupElement Snapshot(GroupElement camera)
    {
        var copy = new GroupElement();
        foreach (var s in camera.X.Segments) copy.X.Add(s);
        foreach (var s in camera.Y.Segments) copy.Y.Add(s);
        foreach (var s in camera.Scale.Segments) copy.Scale.Add(s);
        foreach (var s in camera.Opacity.Segments) copy.Opacity.Add(s);
        return copy;
    }
}
