namespace AnimPlatform.Core.Jobs;

/// <summary>A job cannot be rendered (its stored manifest no longer checks out); the message is shown to the user.</summary>
public sealed class JobRenderException(string message) : Exception(message);
