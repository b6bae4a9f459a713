using System.ClientModel;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Core.Generation.Ai;

/// <summary>
/// Asks the configured AI provider (through Microsoft.Extensions.AI's <see cref="IChatClient"/>) for an
/// inline show: system prompt from the shipped reference and example, JSON response mode, a timeout per
/// request, retries with exponential backoff on 429 and 5xx, cancellation; then repairs, normalises and
/// validates the reply. Never throws for provider or reply problems: the result carries the error.
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
            ResponseFormat = ChatResponseFormat.Json,
            Temperature = (float)_options.Temperature,
            MaxOutputTokens = _options.MaxOutputTokens,
        };

        using var client = _factory.Create(provider, _options);
        string? reply = null;
        var attempt = 0;
        while (true)
        {
            attempt++;
            using var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptCts.CancelAfter(_options.Timeout);
            try
            {
                var response = await client.GetResponseAsync(messages, chatOptions, attemptCts.Token).ConfigureAwait(false);
                reply = response.Text;
                break;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return result with { Error = "cancelled", Attempts = attempt, Elapsed = watch.Elapsed };
            }
            catch (Exception ex) when (IsTimeout(ex, attemptCts, cancellationToken))
            {
                return result with
                {
                    Error = $"{provider.Name} did not answer within {_options.Timeout.TotalSeconds:0.#} s (AI_TIMEOUT_SECONDS); try again or pick a faster model",
                    Attempts = attempt,
                    Elapsed = watch.Elapsed,
                };
            }
            catch (Exception ex) when (Transient(ex, out var status, out var retryAfter))
            {
                if (attempt >= _options.MaxAttempts)
                    return result with { Error = Describe(provider, ex, status, attempt), Attempts = attempt, Elapsed = watch.Elapsed };
                var delay = retryAfter ?? TimeSpan.FromTicks(Math.Min(_options.MaxBackoff.Ticks, _options.InitialBackoff.Ticks * (1L << (attempt - 1))));
                if (delay > _options.MaxBackoff) delay = _options.MaxBackoff;
                _logger.LogWarning("AI request {Attempt} failed ({Status}); retrying in {Delay} ms", attempt, status?.ToString() ?? ex.GetType().Name, delay.TotalMilliseconds);
                try
                {
                    await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return result with { Error = "cancelled", Attempts = attempt, Elapsed = watch.Elapsed };
                }
            }
            catch (Exception ex) when (ex is ClientResultException or HttpRequestException or InvalidOperationException or System.Text.Json.JsonException)
            {
                return result with { Error = Describe(provider, ex, (ex as ClientResultException)?.Status, attempt), Attempts = attempt, Elapsed = watch.Elapsed };
            }
        }

        var outcome = AiReplyProcessor.Process(reply, topic);
        return result with
        {
            RawResponse = reply,
            Show = outcome.Show,
            Warnings = outcome.Warnings,
            Diagnostics = outcome.Diagnostics,
            Error = outcome.Error,
            Attempts = attempt,
            Elapsed = watch.Elapsed,
        };
    }

    private static bool IsTimeout(Exception ex, CancellationTokenSource attempt, CancellationToken caller) =>
        !caller.IsCancellationRequested && (attempt.IsCancellationRequested && ex is OperationCanceledException
            || ex is TimeoutException || ex.InnerException is TimeoutException);

    /// <summary>429 and 5xx are worth another try (and so is a dropped connection).</summary>
    private static bool Transient(Exception ex, out int? status, out TimeSpan? retryAfter)
    {
        status = null;
        retryAfter = null;
        switch (ex)
        {
            case ClientResultException cre when cre.Status is 429 or >= 500:
                status = cre.Status;
                retryAfter = RetryAfter(cre);
                return true;
            case HttpRequestException hre when hre.StatusCode is null or HttpStatusCode.TooManyRequests || (int?)hre.StatusCode >= 500:
                status = (int?)hre.StatusCode;
                return true;
            default:
                return false;
        }
    }

    private static TimeSpan? RetryAfter(ClientResultException ex)
    {
        var raw = ex.GetRawResponse();
        if (raw is null || !raw.Headers.TryGetValue("Retry-After", out var value) || value is null) return null;
        if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            return TimeSpan.FromSeconds(seconds);
        return DateTimeOffset.TryParse(value, out var date) && date > DateTimeOffset.UtcNow ? date - DateTimeOffset.UtcNow : null;
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
