namespace AnimPlatform.Web.Cli;

/// <summary>The command line is wrong; the message says how (exit code 2).</summary>
public sealed class CliUsageException(string message) : Exception(message);
