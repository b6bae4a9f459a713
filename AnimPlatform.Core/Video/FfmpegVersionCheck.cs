using System.Reflection;
using FFMpegCore;

namespace AnimPlatform.Core.Video;

/// <summary>
/// FFMpegCore runs <c>ffmpeg -version</c>, blocking, before its first ffmpeg run in a process (its internal
/// <c>FFMpegHelper.VerifyFFMpegExists</c>, cached per binary path; FFMpegCore 6.0 has no option to skip it). A render
/// pays a whole extra ffmpeg start for it on its critical path. <see cref="Start"/> runs that same check once on a
/// background task, started by the CLI render (overlapping loading and compiling the manifest) and by the embedded render
/// worker and the distributed worker host as they start; <see cref="WhenDoneAsync"/>
/// (awaited before the encode) then finds it done, and FFMpegCore skips its own. A failed check is not cached:
/// FFMpegCore checks again at the run and reports the missing ffmpeg as before.
/// </summary>
public static class FfmpegVersionCheck
{
    /// <summary>FFMpegCore's check, or null if a later FFMpegCore renamed it (then renders check in series, as before).</summary>
    internal static readonly MethodInfo? Verify = typeof(FFOptions).Assembly.GetType("FFMpegCore.Helpers.FFMpegHelper")
        ?.GetMethod("VerifyFFMpegExists", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, [typeof(FFOptions)]);

    private static readonly Lazy<Task> Once = new(() => Task.Run(Run));

    /// <summary>Starts the check on a background task, once per process; returns at once.</summary>
    public static void Start() => _ = Once.Value;

    /// <summary>Waits for the check (starting it if nobody did); never throws: a failure is left for FFMpegCore to report.</summary>
    public static Task WhenDoneAsync() => Once.Value;

    /// <summary>The check itself, in the caller's thread.</summary>
    internal static void Run()
    {
        try
        {
            Verify?.Invoke(null, [GlobalFFOptions.Current]);
        }
        catch (TargetInvocationException)
        {
            // ffmpeg missing or failing: nothing is cached, and the render's own check throws FFMpegCore's usual error.
        }
    }
}
