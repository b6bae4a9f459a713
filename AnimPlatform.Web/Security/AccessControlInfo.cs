using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using AnimPlatform.Web.Options;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Security;

/// <summary>
/// Whether the app needs a sign-in (ACCESS_TOKEN set) and how a presented token is checked. The pages
/// (Settings) read <see cref="TokenRequired"/> and <see cref="Summary"/>; the token itself never leaves
/// this class — not to a page, not to a log.
/// </summary>
public sealed class AccessControlInfo
{
    public const string FingerprintClaim = "animplatform:token";

    private readonly byte[]? _tokenHash;

    public AccessControlInfo(IOptions<AnimPlatformOptions> options)
    {
        var token = options.Value.AccessToken;
        if (!string.IsNullOrEmpty(token))
        {
            _tokenHash = SHA256.HashData(Encoding.UTF8.GetBytes(token));
            // Ties sign-in cookies to this token: change ACCESS_TOKEN and every cookie stops working.
            Fingerprint = Convert.ToHexString(HMACSHA256.HashData(_tokenHash, "animplatform-signin-cookie"u8))[..32];
        }
    }

    /// <summary>True when ACCESS_TOKEN is set: the API needs "Authorization: Bearer", the pages a sign-in.</summary>
    public bool TokenRequired => _tokenHash is not null;

    /// <summary>One sentence for the Settings page.</summary>
    public string Summary => TokenRequired
        ? "Access is protected: the API needs \"Authorization: Bearer <ACCESS_TOKEN>\" and the pages a sign-in with the same token."
        : "No ACCESS_TOKEN is set: the app is open to anyone who can reach it. Keep it on 127.0.0.1, or set ACCESS_TOKEN before opening it to a network.";

    /// <summary>A value derived from the token (not the token), stored in the sign-in cookie.</summary>
    internal string? Fingerprint { get; }

    /// <summary>Constant-time check of a presented token.</summary>
    public bool Matches(string? candidate)
    {
        if (_tokenHash is null || string.IsNullOrEmpty(candidate)) return false;
        return CryptographicOperations.FixedTimeEquals(_tokenHash, SHA256.HashData(Encoding.UTF8.GetBytes(candidate)));
    }

    internal ClaimsPrincipal CreatePrincipal(string scheme) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "token holder"), new Claim(FingerprintClaim, Fingerprint ?? "")], scheme));
}
