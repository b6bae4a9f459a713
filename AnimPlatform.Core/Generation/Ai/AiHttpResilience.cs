using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace AnimPlatform.Core.Generation.Ai;

/// <summary>
/// The AI HTTP client's resilience (Microsoft.Extensions.Http.Resilience, under the OpenAI client's transport):
/// a time limit per request (AI_TIMEOUT_SECONDS, not retried) inside retries of 429, 5xx and dropped connections
/// with exponential backoff from <see cref="AiOptions.InitialBackoff"/>, capped at <see cref="AiOptions.MaxBackoff"/>,
/// a Retry-After header winning, up to AI_MAX_ATTEMPTS requests in all.
/// </summary>
public static class AiHttpResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Pipeline(AiOptions options) =>
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(0, options.MaxAttempts - 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                Delay = options.InitialBackoff,
                MaxDelay = options.MaxBackoff,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            })
            .AddTimeout(options.Timeout)
            .Build();

    /// <summary>The HTTP stack of one chat client: resilience, then <paramref name="attempts"/> counting each request sent.</summary>
    public static HttpClient Client(AiOptions options, AiAttempts attempts) =>
        new(new ResilienceHandler(Pipeline(options)) { InnerHandler = new CountingHandler(attempts) { InnerHandler = Shared } }, disposeHandler: false)
        {
            Timeout = Timeout.InfiniteTimeSpan, // the pipeline's timeout per request and the caller's token rule
        };

    private static readonly SocketsHttpHandler Shared = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
        _ => false,
    };

    private sealed class CountingHandler(AiAttempts attempts) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            attempts.Add();
            return base.SendAsync(request, cancellationToken);
        }
    }
}

/// <summary>Requests one generation has sent (first try and retries).</summary>
public sealed class AiAttempts
{
    private int _count;
    public int Count => Volatile.Read(ref _count);
    internal void Add() => Interlocked.Increment(ref _count);
}
