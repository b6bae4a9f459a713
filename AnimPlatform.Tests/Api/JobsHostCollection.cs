namespace AnimPlatform.Tests.Api;

/// <summary>Tests that host the app and render with ffmpeg run one after another, not against each other.</summary>
[CollectionDefinition(Name)]
public sealed class JobsHostCollection
{
    public const string Name = "jobs host";
}
