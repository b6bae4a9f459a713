namespace AnimPlatform.Tools;

/// <summary>A tool was asked for something it cannot do (a bad file, a remote URL); the message says what (exit code 2).</summary>
public sealed class ToolUsageException(string message) : Exception(message);
