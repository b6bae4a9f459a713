using System.IO.Pipes;
using AnimPlatform.Core.Video;

namespace AnimPlatform.Tests.Video;

/// <summary>The pipe into ffmpeg (a Unix domain socket on Linux) gets a send buffer of one frame, up to the kernel's cap.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class PipeSendBufferTests
{
    [Fact]
    public async Task The_send_buffer_grows_to_the_size_asked_for_within_the_kernel_s_cap()
    {
        if (!OperatingSystem.IsLinux()) return; // a Unix domain socket only on Linux
        var name = $"animplatform-sndbuf-{Guid.NewGuid():N}";
        await using var server = new NamedPipeServerStream(name, PipeDirection.Out, 1, PipeTransmissionMode.Byte, PipeOptions.Asynchronous);
        await using var client = new NamedPipeClientStream(".", name, PipeDirection.In, PipeOptions.Asynchronous);
        await Task.WhenAll(server.WaitForConnectionAsync(), client.ConnectAsync());

        var before = PipeSendBuffer.Current(server);
        const int frame = 1920 * 1080 * 3 / 2; // one 1080p I420 frame
        var cap = int.Parse(File.ReadAllText("/proc/sys/net/core/wmem_max").Trim());
        PipeSendBuffer.Enlarge(server, frame);
        var after = PipeSendBuffer.Current(server);

        Assert.True(before > 0, "the socket's send buffer could not be read");
        Assert.Equal(2 * Math.Min(frame, cap), after); // the kernel doubles what it grants
        if (cap > before) Assert.True(after > before, $"send buffer stayed {before} bytes");
    }
}
