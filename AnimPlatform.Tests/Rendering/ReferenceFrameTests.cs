using System.Diagnostics;
using System.Globalization;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Tests.Support;
using SkiaSharp;
using Xunit.Abstractions;

namespace AnimPlatform.Tests.Rendering;

/// <summary>
/// The shared examples still render as the original tool did: each of ../shared/reference-frames
/// (<c>&lt;example&gt;@&lt;seconds&gt;.png</c>) is drawn by us at its time and size and scored with the shared
/// ../shared/tools/frame_likeness.py (1.0 = same picture; a different step of the animation scores 0.6–0.88).
/// </summary>
[Trait("Category", TestCategory.Integration)]
public sealed class ReferenceFrameTests(ITestOutputHelper output)
{
    private const double MinimumLikeness = 0.95;

    private static string ReferenceDir => Path.Combine(TestPaths.SharedDir, "reference-frames");

    public static TheoryData<string> References()
    {
        var data = new TheoryData<string>();
        foreach (var png in Directory.EnumerateFiles(ReferenceDir, "*@*.png").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(png));
        return data;
    }

    [Theory]
    [MemberData(nameof(References))]
    public void Each_reference_frame_of_the_original_is_drawn_the_same(string reference)
    {
        var stem = Path.GetFileNameWithoutExtension(reference);
        var at = stem.LastIndexOf('@');
        var example = stem[..at];
        var seconds = double.Parse(stem[(at + 1)..], CultureInfo.InvariantCulture);
        var manifest = new[] { ".yaml", ".yml", ".json" }.Select(ext => Path.Combine(TestPaths.ExamplesDir, example + ext)).First(File.Exists);
        var refPath = Path.Combine(ReferenceDir, reference);
        using var refImage = SKBitmap.Decode(refPath);

        var doc = ManifestPipeline.LoadFile(manifest);
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        using var dir = new TempDir();
        var ours = dir.File("ours.png");
        using (var source = new FrameSource(ShowCompiler.Compile(doc.Show), 30, refImage.Width, refImage.Height))
        {
            source.RenderAt(seconds);
            File.WriteAllBytes(ours, source.EncodePng());
        }

        var score = Likeness(refPath, ours);
        output.WriteLine($"{reference}: likeness {score:0.000}");
        Assert.True(score >= MinimumLikeness, $"{reference}: likeness {score:0.000} < {MinimumLikeness}");
    }

    private static double Likeness(string reference, string ours)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TestPaths.SharedDir, "tools", "frame_likeness.py"));
        start.ArgumentList.Add(reference);
        start.ArgumentList.Add(ours);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"frame_likeness.py failed: {error}");
        return double.Parse(text.Trim(), CultureInfo.InvariantCulture);
    }
}
