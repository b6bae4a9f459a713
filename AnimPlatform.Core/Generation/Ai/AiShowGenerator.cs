using System.ClientModel;
using System.Diagnostics;
using Polly.Timeout;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Generation.Ai;

/// <summary>
/// Asks the configured AI provider (through Microsoft.Extensions.AI's <see cref="IChatClient"/>) for an
/// inline show: system prompt from the shipped reference and example, the show's JSON schema as response format
/// (plain JSON mode where the provider takes no schema), the HTTP client's resilience (<see cref="AiHttpResilience"/>:
/// timeout per request, retries on 429 and 5xx), cancellation; then repairs, normalises and validates the reply. Never throws for provider or reply problems: the result carries the error.
/// </summary>
public sealed class AiShowGenerator
{
    private readonly AiOptions _options;
    private readonly IAiChatClientFactory _factory;
    private readonly ILogger _logger;

    public AiShowGenerator(IOptions<AiOptions> options, IAiChatClientFactory factory, ILogger<AiShowGenerator>? logger = null)
    {
        _options = options.Value;
        _factory = factory;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        Provider = _options.ResolveProvider();
    }

    public AiProvider? Provider { get; }
    public bool IsConfigured => Provider is not null;

    public async Task<ShowGenerationResult> GenerateAsync(string topic, CancellationToken cancellationToken = default)
    {
        if (Provider is not { } provider) return ShowGenerationResult.Failure(AiOptions.NotConfiguredMessage, GenerationSource.Ai);
        if (string.IsNullOrWhiteSpace(topic)) return ShowGenerationResult.Failure("type a topic for the AI, e.g. \"how a hash map resizes\"", GenerationSource.Ai);

        var system = SystemPrompt.Value;
        var user = SystemPrompt.UserPrompt(topic);
        var result = new ShowGenerationResult
        {
            Source = GenerationSource.Ai,
            GeneratorId = "ai",
            GeneratorTitle = $"AI ({provider.Name})",
            Input = topic.Trim(),
            Provider = provider.Name,
            Model = provider.Model,
            SystemPrompt = system,
            UserPrompt = user,
        };
        var watch = Stopwatch.StartNew();
        var messages = new List<ChatMessage> { new(ChatRole.System, system), new(ChatRole.User, user) };
        var chatOptions = new ChatOptions
        {
            // A schema where the provider takes one (fewer replies to repair), plain JSON mode otherwise.
            ResponseFormat = provider.JsonSchema
                ? ChatResponseFormat.ForJsonSchema(ShowResponseSchema.Value, ShowResponseSchema.Name, "An AnimPlatform inline show")
                : ChatResponseFormat.Json,
            Temperature = (float)_options.Temperature,
            MaxOutputTokens = _options.MaxOutputTokens,
        };

        var attempts = new AiAttempts();
        using var client = _factory.Create(provider, _options, attempts);
        string reply;
        try
        {
            var response = await client.GetResponseAsync(messages, chatOptions, cancellationToken).ConfigureAwait(false);
            reply = response.Text;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return result with { Error = "cancelled", Attempts = attempts.Count, Elapsed = watch.Elapsed };
        }
        catch (Exception ex) when (IsTimeout(ex))
        {
            return result with
            {
                Error = $"{provider.Name} did not answer within {_options.Timeout.TotalSeconds:0.#} s (AI_TIMEOUT_SECONDS); try again or pick a faster model",
                Attempts = attempts.Count,
                Elapsed = watch.Elapsed,
            };
        }
        catch (Exception ex) when (ex is ClientResultException or HttpRequestException or InvalidOperationException or System.Text.Json.JsonException)
        {
            var status = (ex as ClientResultException)?.Status is > 0 and var s ? s : (int?)(ex as HttpRequestException)?.StatusCode;
            _logger.LogWarning("AI request failed after {Attempts} attempt(s): {Status}", attempts.Count, status?.ToString() ?? ex.GetType().Name);
            return result with { Error = Describe(provider, ex, status, attempts.Count), Attempts = attempts.Count, Elapsed = watch.Elapsed };
        }

        var outcome = AiReplyProcessor.Process(reply, topic);
        return result with
        {
            RawResponse = reply,
            Show = outcome.Show,
            Warnings = outcome.Warnings,
            Diagnostics = outcome.Diagnostics,
            Error = outcome.Error,
            Attempts = attempts.Count,
            Elapsed = watch.Elapsed,
        };
    }

    /// <summary>The per-request limit ran out (the resilience pipeline's timeout, or the transport's).</summary>
    private static bool IsTimeout(Exception ex)
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
            if (e is TimeoutRejectedException or TimeoutException) return true;
        return false;
    }

    private static string Describe(AiProvider provider, Exception ex, int? status, int attempts)
    {
        var tries = attempts > 1 ? $" after {attempts} attempts" : "";
        return status switch
        {
            401 or 403 => $"{provider.Name} refused the API key (HTTP {status}): check GEMINI_API_KEY / AI_API_KEY",
            404 => $"{provider.Name} answered 404: check the model name \"{provider.Model}\" and the endpoint {provider.Endpoint}",
            429 => $"{provider.Name} is rate-limiting requests (HTTP 429){tries}; wait a minute and try again",
            >= 500 => $"{provider.Name} had a server error (HTTP {status}){tries}; try again later",
            { } s => $"{provider.Name} answered HTTP {s}: {FirstLine(ex.Message)}",
            null when ex is HttpRequestException => $"cannot reach {provider.Name} at {provider.Endpoint}{tries}: {FirstLine(ex.Message)}",
            _ => $"{provider.Name} request failed{tries}: {FirstLine(ex.Message)}",
        };
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}
