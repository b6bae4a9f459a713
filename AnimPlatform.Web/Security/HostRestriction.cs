using System.Net;
using System.Net.NetworkInformation;
using AnimPlatform.Web.Options;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Security;

/// <summary>
/// Answers only requests whose Host header names this server (against DNS rebinding: a page on evil.example
/// whose name later resolves to 127.0.0.1). Allowed: ALLOWED_HOSTS (";" or "," separated; "*" turns the check
/// off), localhost and the loopback addresses, the HOST the app listens on, and — when it listens on every
/// interface (0.0.0.0, ::) — this machine's name and the addresses of its interfaces. Others get 400.
/// </summary>
public static class HostRestriction
{
    public static IServiceCollection AddHostRestriction(this IServiceCollection services)
    {
        // PostConfigure after the host's own (which falls back to "*"): the last word on the list.
        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<AnimPlatformOptions>>((filtering, app) =>
        {
            filtering.AllowedHosts = AllowedHosts(app.Value).ToList();
            filtering.AllowEmptyHosts = false;
        });
        return services;
    }

    public static IEnumerable<string> AllowedHosts(AnimPlatformOptions options)
    {
        var configured = (options.AllowedHosts ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (configured.Contains("*")) return ["*"];
        var hosts = new HashSet<string>(configured, StringComparer.OrdinalIgnoreCase) { "localhost", "127.0.0.1", "[::1]" };
        var listen = options.Host.Trim();
        if (listen is "0.0.0.0" or "::" or "[::]" or "*" or "+")
        {
            hosts.Add(Dns.GetHostName());
            foreach (var address in InterfaceAddresses()) hosts.Add(address);
        }
        else if (listen.Length > 0)
        {
            hosts.Add(listen.Contains(':') && !listen.StartsWith('[') ? $"[{listen}]" : listen);
        }
        return hosts;
    }

    private static IEnumerable<string> InterfaceAddresses()
    {
        NetworkInterface[] interfaces;
        try { interfaces = NetworkInterface.GetAllNetworkInterfaces(); }
        catch (NetworkInformationException) { yield break; }
        foreach (var address in interfaces.SelectMany(i => i.GetIPProperties().UnicastAddresses).Select(a => a.Address))
        {
            if (address.IsIPv6LinkLocal) continue; // "fe80::…%eth0" never appears in a Host header
            yield return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        }
    }
}
