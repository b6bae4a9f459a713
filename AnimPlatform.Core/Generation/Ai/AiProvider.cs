namespace AnimPlatform.Core.Generation.Ai;

/// <summary>
/// A resolved provider: a name for messages, its OpenAI-compatible base URL (…/v1), key and model, and whether
/// it accepts a JSON schema response format (else plain JSON mode is asked for).
/// </summary>
public sealed record AiProvider(string Name, Uri Endpoint, string ApiKey, string Model, bool JsonSchema = true)
{
    public override string ToString() => $"{Name} ({Model} at {Endpoint.GetLeftPart(UriPartial.Authority)})";
}
