using System.Globalization;

namespace AnimPlatform.Core.Narration;

/// <summary>What a clip sounds like: engine, voice and speed. Together with the text it identifies a cached clip.</summary>
public sealed record SpeechVoice(string Engine, string Name, double Speed)
{
    public string Key => $"{Engine}|{Name}|{Speed.ToString("0.###", CultureInfo.InvariantCulture)}";

    public override string ToString() => Key;
}
