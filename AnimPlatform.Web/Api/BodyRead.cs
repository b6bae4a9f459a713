using AnimPlatform.Core.Jobs;

namespace AnimPlatform.Web.Api;

/// <summary>A request body read as a render request, or the error answer to send instead.</summary>
internal sealed record BodyRead(RenderRequest? Request, IResult? Error)
{
    public static BodyRead Ok(RenderRequest request) => new(request, null);
    public static BodyRead Fail(IResult error) => new(null, error);
}
