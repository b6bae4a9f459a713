using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace AnimPlatform.Web.Security;

/// <summary>
/// The optional access token (ACCESS_TOKEN). Set, every endpoint but sign-in, health probes and static
/// assets needs it: the API as "Authorization: Bearer &lt;token&gt;" (401 ProblemDetails without), the pages
/// a sign-in at /signin that sets an HttpOnly, SameSite=Strict cookie. In a signed-in browser the cookie
/// also opens the API's GET routes (the video element, poster images, download links) but never its
/// POST/DELETE routes, which need the bearer header. Unset, everything is open and
/// <see cref="AccessControlInfo.Summary"/> says so.
/// </summary>
public static class AccessControl
{
    public const string CookieScheme = "AnimPlatform.Cookie";
    public const string BearerScheme = "AnimPlatform.Bearer";
    public const string SignInPath = "/signin";
    public const string SignOutPath = "/signout";

    /// <summary>Picks the scheme that authenticates a request.</summary>
    private const string AuthenticateScheme = "AnimPlatform.Authenticate";

    /// <summary>Picks the answer to an anonymous request: 401 for the API, the sign-in page for pages.</summary>
    private const string ChallengeScheme = "AnimPlatform.Challenge";

    public static IServiceCollection AddAccessControl(this IServiceCollection services)
    {
        services.AddSingleton<FailedSignInLimiter>();
        services.AddSingleton<AccessControlInfo>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = AuthenticateScheme;
                o.DefaultChallengeScheme = ChallengeScheme;
                o.DefaultForbidScheme = ChallengeScheme;
                o.DefaultSignInScheme = CookieScheme;
                o.DefaultSignOutScheme = CookieScheme;
            })
            .AddPolicyScheme(AuthenticateScheme, null, o => o.ForwardDefaultSelector = SelectAuthenticateScheme)
            .AddPolicyScheme(ChallengeScheme, null, o => o.ForwardDefaultSelector = http => IsApi(http.Request) ? BearerScheme : CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerScheme, null)
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = "AnimPlatform.Auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // plain HTTP on 127.0.0.1; Secure behind HTTPS
                o.LoginPath = SignInPath;
                o.LogoutPath = SignOutPath;
                o.ReturnUrlParameter = "returnUrl";
                o.ExpireTimeSpan = TimeSpan.FromDays(30);
                o.SlidingExpiration = true;
                o.Events = new CookieAuthenticationEvents
                {
                    // A cookie issued for another ACCESS_TOKEN (or before the token was removed) is no sign-in.
                    OnValidatePrincipal = context =>
                    {
                        var access = context.HttpContext.RequestServices.GetRequiredService<AccessControlInfo>();
                        var fingerprint = context.Principal?.FindFirst(AccessControlInfo.FingerprintClaim)?.Value;
                        if (!access.TokenRequired || fingerprint != access.Fingerprint) context.RejectPrincipal();
                        return Task.CompletedTask;
                    },
                };
            });
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<AccessControlInfo>((o, access) =>
        {
            if (access.TokenRequired) o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        return services;
    }

    /// <summary>POST /signout (antiforgery-checked form post): drops the sign-in cookie.</summary>
    public static IEndpointRouteBuilder MapAccessControl(this IEndpointRouteBuilder app)
    {
        app.MapPost(SignOutPath, async (HttpContext http, IAntiforgery antiforgery) =>
            {
                if (!await antiforgery.IsRequestValidAsync(http))
                    return Results.Problem(title: "Bad request", detail: "the sign-out form is missing its antiforgery token",
                        statusCode: StatusCodes.Status400BadRequest);
                await http.SignOutAsync(CookieScheme);
                return Results.Redirect(SignInPath);
            })
            .AllowAnonymous()
            .DisableAntiforgery() // checked above, with an answer of our own
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The API and its OpenAPI document: answered with 401, never sent to the sign-in page.</summary>
    internal static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi");

    private static string SelectAuthenticateScheme(HttpContext http)
    {
        var request = http.Request;
        if (BearerTokenHandler.TryReadBearer(request, out _)) return BearerScheme;
        // The cookie opens the API's safe methods only: a same-site page cannot make a signed-in browser render or delete.
        if (IsApi(request) && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))) return BearerScheme;
        return CookieScheme;
    }
}
