namespace AnimPlatform.Core.Processes;

/// <summary>What a tool run is for; each kind has its own time limit (<see cref="ToolRunKinds.Timeout"/>).</summary>
public enum ToolRunKind
{
    /// <summary>A version line, the encoder list, a one-frame encoder probe.</summary>
    Probe,
    /// <summary>One narration clip from espeak-ng.</summary>
    Speech,
    /// <summary>Decoding one downloaded speech clip to WAV with ffmpeg.</summary>
    AudioDecode,
    /// <summary>A whole render or comparison run by the bench (a developer tool).</summary>
    Measurement,
}

public static class ToolRunKinds
{
    public static TimeSpan Timeout(this ToolRunKind kind) => kind switch
    {
        ToolRunKind.Probe => TimeSpan.FromSeconds(15),
        ToolRunKind.Speech => TimeSpan.FromSeconds(60),
        ToolRunKind.AudioDecode => TimeSpan.FromSeconds(120),
        _ => TimeSpan.FromHours(2),
    };
}
