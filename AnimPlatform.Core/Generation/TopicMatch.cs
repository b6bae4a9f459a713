namespace AnimPlatform.Core.Generation;

/// <summary>A generator picked from free text: the alias that matched and the rest of the prompt (its input).</summary>
public sealed record TopicMatch(IShowGenerator Generator, string MatchedAlias, string Input);
