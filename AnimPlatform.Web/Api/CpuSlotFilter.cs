using System.Threading.RateLimiting;
using AnimPlatform.Web.Security;

namespace AnimPlatform.Web.Api;

/// <summary>
/// For the CPU-heavy endpoints (render, validate, generate: marked <see cref="CpuBoundRequest"/>): first
/// reads the whole body into memory — size-checked, within <see cref="BodyDeadline"/> — and only then waits
/// for one of the CPU slots (one per core). A slow upload therefore holds no slot: another client's small
/// request is checked while it trickles in. The wait for a slot is bounded (<see cref="MaxWaiting"/>
/// requests); past it the answer is 503 with Retry-After.
/// </summary>
internal sealed class CpuSlotFilter : IEndpointFilter, IDisposable
{
    /// <summary>The longest a client may take to send its body (10 MB at about 170 KB/s).</summary>
    public static readonly TimeSpan BodyDeadline = TimeSpan.FromSeconds(60);

    public const int MaxWaiting = 64;

    private readonly ConcurrencyLimiter _slots = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Environment.ProcessorCount,
        QueueLimit = MaxWaiting,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.GetEndpoint()?.Metadata.GetMetadata<CpuBoundRequest>() is null) return await next(context);

        using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted))
        {
            deadline.CancelAfter(BodyDeadline);
            try
            {
                var body = await RequestBody.BufferAsync(http.Request, RenderRequestReader.MaxBodyBytes, deadline.Token);
                if (body is null) return ApiProblems.TooLarge(RenderRequestReader.MaxBodyBytes);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
            {
                return Results.Problem(title: "Request body too slow",
                    detail: $"the request body did not arrive within {BodyDeadline.TotalSeconds:0} s; send it faster or smaller",
                    statusCode: StatusCodes.Status408RequestTimeout);
            }
        }

        using var slot = await _slots.AcquireAsync(1, http.RequestAborted);
        if (!slot.IsAcquired)
        {
            http.Response.Headers.RetryAfter = "2";
            return Results.Problem(title: "Server busy",
                detail: $"{MaxWaiting} requests are already waiting to be checked; try again in a moment",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        return await next(context);
    }

    public void Dispose() => _slots.Dispose();
}
