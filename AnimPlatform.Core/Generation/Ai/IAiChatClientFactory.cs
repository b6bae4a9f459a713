using Microsoft.Extensions.AI;

namespace AnimPlatform.Core.Generation.Ai;

/// <summary>Creates the chat client for a provider (replaceable in tests); <paramref name="attempts"/> counts its HTTP requests.</summary>
public interface IAiChatClientFactory
{
    IChatClient Create(AiProvider provider, AiOptions options, AiAttempts attempts);
}
