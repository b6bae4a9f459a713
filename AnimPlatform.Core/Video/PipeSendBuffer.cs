using System.IO.Pipes;
using System.Runtime.InteropServices;

namespace AnimPlatform.Core.Video;

/// <summary>
/// On Linux, FFMpegCore's pipe is a Unix domain socket whose send buffer is 208 KiB by default: a 3 MB I420 frame then
/// goes through in about fifteen pieces, each a wake-up of both the writer and ffmpeg. A send buffer of one frame
/// (capped by the kernel at net.core.wmem_max) lets a frame go in one piece while ffmpeg encodes the one before.
/// A no-op elsewhere or when the kernel refuses.
/// </summary>
internal static partial class PipeSendBuffer
{
    private const int SolSocket = 1; // SOL_SOCKET
    private const int SoSndBuf = 7;  // SO_SNDBUF

    public static void Enlarge(Stream pipe, int bytes)
    {
        if (!OperatingSystem.IsLinux() || pipe is not PipeStream { SafePipeHandle: { IsInvalid: false } handle }) return;
        var fd = (int)handle.DangerousGetHandle();
        try { _ = SetSockOpt(fd, SolSocket, SoSndBuf, ref bytes, sizeof(int)); }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException) { /* not glibc: keep the default */ }
    }

    /// <summary>The socket's send buffer as the kernel reports it (twice the size asked for, for its bookkeeping); 0 when unknown.</summary>
    public static int Current(Stream pipe)
    {
        if (!OperatingSystem.IsLinux() || pipe is not PipeStream { SafePipeHandle: { IsInvalid: false } handle }) return 0;
        int value = 0, length = sizeof(int);
        return GetSockOpt((int)handle.DangerousGetHandle(), SolSocket, SoSndBuf, ref value, ref length) == 0 ? value : 0;
    }

    [LibraryImport("libc", EntryPoint = "getsockopt")]
    private static partial int GetSockOpt(int socket, int level, int name, ref int value, ref int length);

    [LibraryImport("libc", EntryPoint = "setsockopt")]
    private static partial int SetSockOpt(int socket, int level, int name, ref int value, int length);
}
