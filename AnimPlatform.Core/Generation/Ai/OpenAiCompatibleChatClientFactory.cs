using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace AnimPlatform.Core.Generation.Ai;

/// <summary>
/// Every supported provider speaks the OpenAI chat-completions protocol (Gemini's OpenAI-compatible
/// endpoint, Ollama's /v1, any compatible server), so one OpenAI client serves them all. Its transport is an
/// HttpClient with <see cref="AiHttpResilience"/> (timeout per request, retries with backoff and Retry-After);
/// the SDK's own retries are off.
/// </summary>
public sealed class OpenAiCompatibleChatClientFactory : IAiChatClientFactory
{
    public IChatClient Create(AiProvider provider, AiOptions options, AiAttempts attempts)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = provider.Endpoint,
            Transport = new HttpClientPipelineTransport(AiHttpResilience.Client(options, attempts)),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.Timeout + TimeSpan.FromSeconds(5),
        };
        return new OpenAIClient(new ApiKeyCredential(provider.ApiKey), clientOptions)
            .GetChatClient(provider.Model)
            .AsIChatClient();
    }
}
