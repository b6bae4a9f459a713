namespace AnimPlatform.Core.Jobs;

/// <summary>A warning found while checking or compiling a job's manifest, located by its path.</summary>
public sealed record JobWarning(string Path, string Message);
