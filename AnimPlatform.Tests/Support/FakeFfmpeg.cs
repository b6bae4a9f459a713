namespace AnimPlatform.Tests.Support;

/// <summary>
/// A stand-in for ffmpeg, installed as <c>ffmpeg</c> in a folder a test puts first on PATH, steered by a mode file:
/// no mode file (or <c>-version</c>) runs the real /usr/bin/ffmpeg with the same arguments; "crash" connects to the
/// frame pipe (FFMpegCore's "-i unix:…"), reads 256 KB and exits 1 with "simulated crash" on stderr; "hang" sleeps.
/// </summary>
public sealed class FakeFfmpeg
{
    private FakeFfmpeg(string binDir)
    {
        BinDir = binDir;
        ModeFile = Path.Combine(binDir, "mode");
    }

    /// <summary>The folder holding the fake <c>ffmpeg</c> (put it first on PATH).</summary>
    public string BinDir { get; }

    public string ModeFile { get; }

    public static FakeFfmpeg Install(string binDir)
    {
        Directory.CreateDirectory(binDir);
        var fake = new FakeFfmpeg(binDir);
        var script = Path.Combine(binDir, "ffmpeg");
        File.WriteAllText(script, Script(fake.ModeFile));
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return fake;
    }

    /// <summary>"crash", "hang", or null for the real ffmpeg.</summary>
    public void SetMode(string? mode)
    {
        if (mode is null) File.Delete(ModeFile);
        else File.WriteAllText(ModeFile, mode);
    }

    private static string Script(string modeFile) => $$"""
        #!/usr/bin/python3
        import os, socket, sys, time
        args = sys.argv[1:]
        mode = open("{{modeFile}}").read().strip() if os.path.exists("{{modeFile}}") else ""
        if mode == "" or args == ["-version"]:
            os.execv("/usr/bin/ffmpeg", ["ffmpeg"] + args)
        if mode == "hang":
            time.sleep(3600)
        source = next((a[5:] for a in args if a.startswith("unix:")), None)
        received = 0
        if source is not None:
            pipe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            pipe.connect(source)
            while received < 256 * 1024:
                chunk = pipe.recv(65536)
                if not chunk:
                    break
                received += len(chunk)
        sys.stderr.write("fake ffmpeg: simulated crash after %d bytes of frames\n" % received)
        sys.exit(1)
        """.Replace("\r", "");
}
