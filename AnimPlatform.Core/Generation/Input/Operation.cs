namespace AnimPlatform.Core.Generation.Input;

/// <summary>One operation read from a prompt: a command (canonical name), its value and an optional position ("at 2").</summary>
public sealed record Operation(string Command, int? Value = null, int? Position = null)
{
    public override string ToString() =>
        Value is null ? Command : Position is null ? $"{Command} {Value}" : $"{Command} {Value} at {Position}";
}
