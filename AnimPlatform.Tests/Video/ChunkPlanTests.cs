using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;
using AnimPlatform.Tests.Support;

namespace AnimPlatform.Tests.Video;

/// <summary>The public chunk plan: pure ranges on the keyframe grid, covering every frame once.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class ChunkPlanTests
{
    [Theory]
    [InlineData(5400, 30, 4, 10)]
    [InlineData(5415, 30, 4, 10)]
    [InlineData(61, 30, 8, 2)]
    [InlineData(1, 24, 3, 2)]
    [InlineData(0, 30, 3, 2)]
    [InlineData(100_000, 60, 16, 5)]
    [InlineData(7777, 25, 7, 30)]
    public void Ranges_cover_every_frame_once_and_start_on_a_keyframe(int total, int fps, int chunks, double minSeconds)
    {
        var plan = ChunkPlan.For(total, fps, chunks, minSeconds);
        Assert.InRange(plan.Count, 1, chunks);
        Assert.Equal(0, plan.Ranges[0].First);
        Assert.Equal(total, plan.Ranges[^1].End);
        for (var i = 1; i < plan.Count; i++) Assert.Equal(plan.Ranges[i - 1].End, plan.Ranges[i].First);
        Assert.All(plan.Ranges, r => Assert.Equal(0, r.First % plan.KeyframeInterval));
        var minFrames = (int)Math.Ceiling(minSeconds * fps / plan.KeyframeInterval) * plan.KeyframeInterval;
        // Every range holds the minimum; only the last may end on a partial keyframe interval.
        Assert.All(plan.Ranges.SkipLast(1), r => Assert.True(r.Count >= minFrames, $"range {r} is shorter than {minFrames} frames"));
        if (plan.Count > 1) Assert.True(plan.Ranges[^1].Count > minFrames - plan.KeyframeInterval);
    }

    [Fact]
    public void A_three_minute_show_for_two_workers_splits_on_two_second_boundaries()
    {
        var plan = ChunkPlan.For(5400, 30, 4, 10);
        Assert.Equal([new FrameRange(0, 1320), new FrameRange(1320, 2700), new FrameRange(2700, 4020), new FrameRange(4020, 5400)], plan.Ranges);
        Assert.Single(ChunkPlan.For(5400, 30, 4, 180).Ranges); // the minimum length wins over the worker count
    }

}

/// <summary>The render-one-range call and the join without re-encoding, through real ffmpeg.</summary>
[Trait("Category", TestCategory.Integration)]
public sealed class ChunkRangeEncodingTests
{
    [Fact]
    public async Task Ranges_encoded_apart_and_joined_equal_a_single_pass()
    {
        var doc = ManifestPipeline.LoadFile(Path.Combine(TestPaths.ExamplesDir, "bubble-sort-test.yaml"));
        var show = ShowCompiler.Compile(doc.Show);
        using var dir = new TempDir();
        var options = new VideoOptions { Width = 192, Height = 108, Crf = 0, Preset = "ultrafast", Chunks = 1 };
        var single = dir.File("single.mp4");
        await VideoEncoder.EncodeAsync(show, single, options);

        var plan = ChunkPlan.For(show.FrameCount(options.Fps), options.Fps, 3);
        Assert.Equal(3, plan.Count);
        // Out of order, as workers would finish: each range needs only the show, the options and its range.
        var parts = plan.Ranges.Select((_, i) => dir.File($"part{i}.mp4")).ToList();
        foreach (var i in new[] { 2, 0, 1 }) await VideoEncoder.EncodeRangeAsync(show, plan.Ranges[i], parts[i], options);
        var joined = dir.File("joined.mp4");
        await VideoEncoder.JoinAsync(parts, joined);

        Assert.Equal(FrameHashes.Of(single), FrameHashes.Of(joined));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            VideoEncoder.EncodeRangeAsync(show, new FrameRange(0, plan.TotalFrames + 1), dir.File("bad.mp4"), options));
    }
}
