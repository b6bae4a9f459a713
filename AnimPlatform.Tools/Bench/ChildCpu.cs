using System.Globalization;

namespace AnimPlatform.Tools.Bench;

/// <summary>
/// CPU time of this process's finished children (Linux /proc/self/stat cutime + cstime): a child's own time plus that of
/// every descendant it waited for, so a render child includes its ffmpeg. Steadier than wall time on a shared machine.
/// </summary>
public static class ChildCpu
{
    /// <summary>Clock ticks per second of /proc times (USER_HZ; 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>Seconds of user + system CPU of the children reaped so far; 0 where /proc is unavailable.</summary>
    public static double ReapedSeconds()
    {
        try { return Parse(File.ReadAllText("/proc/self/stat")); }
        catch (IOException) { return 0; }
        catch (UnauthorizedAccessException) { return 0; }
    }

    /// <summary>cutime + cstime (fields 16 and 17) of a /proc/&lt;pid&gt;/stat line, in seconds; the name in parentheses may hold spaces.</summary>
    public static double Parse(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // fields[0] is field 3 (state): field n is fields[n - 3].
        return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
