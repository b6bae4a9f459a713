namespace AnimPlatform.Web.Security;

/// <summary>
/// The client a circuit acts for: the address of the request that served the page, captured once when the
/// circuit starts (the root component's parameter, protected by Blazor against tampering), never read later
/// from IHttpContextAccessor (inside a circuit it is absent or belongs to another request). One per circuit.
/// </summary>
public sealed class PageClient
{
    /// <summary>The rate-limit and fair-queue key, the same one the HTTP API uses for that address.</summary>
    public string Key { get; private set; } = ClientRateLimiting.LocalClient;

    public void Capture(string key)
    {
        if (!string.IsNullOrEmpty(key)) Key = key;
    }
}
