using System.Diagnostics;

namespace AnimPlatform.Tests.Reliability;

/// <summary>
/// A small tmpfs mounted on a folder: a disk that really fills up, or (remounted read-only) a folder that
/// really cannot be written — also for root, whom file permissions do not stop. Needs root and the right
/// to mount; <see cref="TryMount"/> returns null where that is not possible.
/// </summary>
public sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path) => Path = path;

    public string Path { get; }

    public static TmpfsMount? TryMount(string path, int sizeKb)
    {
        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") return null;
        return Run("mount", "-t", "tmpfs", "-o", $"size={sizeKb}k", "tmpfs", path) ? new TmpfsMount(path) : null;
    }

    public bool RemountReadOnly() => Run("mount", "-o", "remount,ro", Path);

    /// <summary>Fills the disk with one file until fewer than <paramref name="leaveBytes"/> bytes are free.</summary>
    public string Fill(long leaveBytes = 0)
    {
        var filler = System.IO.Path.Combine(Path, "filler.bin");
        var free = new DriveInfo(Path).AvailableFreeSpace - leaveBytes;
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write);
        var chunk = new byte[4096];
        try
        {
            for (long written = 0; written + chunk.Length <= free; written += chunk.Length) stream.Write(chunk);
            stream.Flush(flushToDisk: true);
        }
        catch (IOException) { /* full */ }
        return filler;
    }

    public void Dispose() => Run("umount", "-l", Path);

    private static bool Run(string file, params string[] args)
    {
        try
        {
            var psi = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            p.WaitForExit(10_000);
            return p.HasExited && p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
