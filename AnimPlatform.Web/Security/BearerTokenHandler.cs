using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AnimPlatform.Web.Security;

/// <summary>
/// "Authorization: Bearer &lt;ACCESS_TOKEN&gt;" for the API. A missing header is no result (the cookie may still
/// apply); a wrong token fails. The challenge is a 401 ProblemDetails with "WWW-Authenticate: Bearer".
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessControlInfo access,
    FailedSignInLimiter failures) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!TryReadBearer(Request, out var token)) return Task.FromResult(AuthenticateResult.NoResult());
        var client = ClientRateLimiting.ClientKey(Context);
        if (failures.LockedFor(client) is { } lockedFor)
        {
            Context.Items[LockedOut] = lockedFor;
            return Task.FromResult(AuthenticateResult.Fail("too many wrong access tokens from this client"));
        }
        // The token is never logged: only whether it matched.
        if (access.Matches(token))
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(access.CreatePrincipal(Scheme.Name), Scheme.Name)));
        failures.RecordFailure(client);
        return Task.FromResult(AuthenticateResult.Fail("the bearer token does not match ACCESS_TOKEN"));
    }

    private const string LockedOut = "AnimPlatform.BearerLockedOut";

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[LockedOut] is TimeSpan lockedFor)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(lockedFor.TotalSeconds));
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Results.Problem(title: "Too many requests",
                detail: $"more than {FailedSignInLimiter.FailuresPerMinute} wrong access tokens from this client in a minute; try again in {seconds} s",
                statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(Context);
            return;
        }
        var presented = TryReadBearer(Request, out _);
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = presented ? "Bearer error=\"invalid_token\"" : "Bearer";
        await Results.Problem(
            title: "Unauthorized",
            detail: presented
                ? "the access token is not valid"
                : "this server needs an access token: send \"Authorization: Bearer <ACCESS_TOKEN>\"",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(title: "Forbidden", statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(Context);
    }

    internal static bool TryReadBearer(HttpRequest request, out string token)
    {
        token = "";
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        token = header["Bearer ".Length..].Trim();
        return token.Length > 0;
    }
}
