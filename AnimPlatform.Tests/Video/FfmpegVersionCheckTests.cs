using System.Collections.Concurrent;
using System.Reflection;
using AnimPlatform.Core.Video;
using FFMpegCore;

namespace AnimPlatform.Tests.Video;

/// <summary>The background `ffmpeg -version` check fills FFMpegCore's own cache, so a render's first run skips it.</summary>
[Trait("Category", TestCategory.Integration)]
public sealed class FfmpegVersionCheckTests
{
    [Fact]
    public void FFMpegCore_still_has_the_internal_check_it_calls()
    {
        // An FFMpegCore upgrade that renames it would silently put the check back on the critical path.
        Assert.NotNull(FfmpegVersionCheck.Verify);
    }

    [Fact]
    public async Task The_check_marks_the_ffmpeg_binary_verified_in_FFMpegCore_s_own_cache()
    {
        var cache = typeof(FFOptions).Assembly.GetType("FFMpegCore.Helpers.FFMpegHelper")!
            .GetField("_verifiedBinaries", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null) as ConcurrentDictionary<string, bool>;
        Assert.NotNull(cache);
        var binary = GlobalFFOptions.GetFFMpegBinaryPath(GlobalFFOptions.Current);
        cache!.TryRemove(binary, out _); // as in a fresh process (another test may have run ffmpeg through FFMpegCore)
        FfmpegVersionCheck.Run();
        Assert.True(cache.ContainsKey(binary));

        // The shared background check completes without throwing, however often it is awaited.
        FfmpegVersionCheck.Start();
        await FfmpegVersionCheck.WhenDoneAsync();
        await FfmpegVersionCheck.WhenDoneAsync();
    }
}
