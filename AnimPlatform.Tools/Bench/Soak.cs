using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Tools.Bench;

/// <summary>N renders in this one process (as a long-running server would do them): resident memory at the start and the end.</summary>
public static class Soak
{
    public static async Task<(long StartRss, long EndRss)> RunAsync(CompiledShow show, VideoOptions options, int renders, CancellationToken token)
    {
        var file = Path.Combine(Path.GetTempPath(), $"animplatform-bench-soak-{Guid.NewGuid():N}.mp4");
        try
        {
            await VideoEncoder.EncodeAsync(show, file, options, cancellationToken: token); // warm-up: JIT, fonts
            var start = Rss();
            for (var i = 1; i < renders; i++) await VideoEncoder.EncodeAsync(show, file, options, cancellationToken: token);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return (start, Rss());
        }
        finally { File.Delete(file); }
    }

    /// <summary>VmRSS of this process (Linux), 0 if unavailable.</summary>
    private static long Rss()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line[6..].Trim().Split(' ')[0]) * 1024;
        return 0;
    }
}
