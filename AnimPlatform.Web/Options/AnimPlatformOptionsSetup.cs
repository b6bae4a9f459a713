using System.Globalization;
using AnimPlatform.Core.Configuration;
using AnimPlatform.Core.Generation.Ai;
using AnimPlatform.Core.Narration;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Options;

/// <summary>
/// Wires the settings: maps the plain environment variables of every section onto configuration keys,
/// binds and validates <see cref="AnimPlatformOptions"/> (the other sections are added by their own
/// features), chooses Kestrel's address, and turns a failed start-up check into a short message.
/// </summary>
public static class AnimPlatformOptionsSetup
{
    /// <summary>Every settings section of the app with its environment variables.</summary>
    public static readonly IReadOnlyList<SettingsSection> Sections = [AnimPlatformOptions.Section, AiOptions.Section, NarrationOptions.Section];

    /// <summary>
    /// Adds the set environment variables of <see cref="Sections"/> as configuration keys, after the other
    /// sources so they win over appsettings.json.
    /// </summary>
    /// <param name="read">Reads one variable; the process environment by default (tests pass a table).</param>
    public static IConfigurationBuilder AddAnimPlatformEnvironment(this IConfigurationBuilder configuration, Func<string, string?>? read = null) =>
        configuration.AddSettingsEnvironment(Sections, read);

    /// <summary>Binds <see cref="AnimPlatformOptions"/> and validates it when the host starts.</summary>
    public static IServiceCollection AddAnimPlatformOptions(this IServiceCollection services)
    {
        services.AddSettings<AnimPlatformOptions>();
        return services;
    }

    /// <summary>The message printed when the settings cannot start the app.</summary>
    public static string FormatProblems(IEnumerable<string> problems) =>
        "Invalid AnimPlatform configuration:" + Environment.NewLine
        + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));

    /// <summary>
    /// Listens on http://HOST:PORT (default http://127.0.0.1:5080) unless addresses were given
    /// deliberately with ASPNETCORE_URLS, --urls or Kestrel endpoint configuration.
    /// </summary>
    public static IWebHostBuilder UseAnimPlatformUrls(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists())
            return webHost;

        var section = configuration.GetSection(AnimPlatformOptions.SectionName);
        var host = section[nameof(AnimPlatformOptions.Host)];
        if (string.IsNullOrWhiteSpace(host)) host = AnimPlatformOptions.DefaultHost;
        // A bad PORT is reported by option validation at start; fall back here so the host can be built.
        if (!int.TryParse(section[nameof(AnimPlatformOptions.Port)], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port is < 1 or > 65535)
            port = AnimPlatformOptions.DefaultPort;

        if (host.Contains(':') && !host.StartsWith('[')) host = $"[{host}]"; // IPv6 literal
        return webHost.UseUrls($"http://{host}:{port}");
    }

    /// <summary>
    /// Runs every ValidateOnStart check now, before the host resolves its services, so all bad values are reported
    /// together as one short message (null when the settings are usable) instead of the first one as a stack trace.
    /// </summary>
    public static string? CheckSettings(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return null;
        }
        catch (Exception ex) when (DescribeStartupFailure(ex) is { } message)
        {
            return message;
        }
    }

    /// <summary>
    /// A readable message when the settings cannot start the app (ValidateOnStart failed for one section or
    /// several) or the job database is damaged, or null when the exception is something else.
    /// </summary>
    public static string? DescribeStartupFailure(Exception exception) => exception switch
    {
        AnimPlatform.Core.Jobs.Persistence.JobDatabaseDamagedException damaged => damaged.Message,
        OptionsValidationException validation => FormatProblems(validation.Failures),
        AggregateException { InnerExceptions.Count: > 0 } aggregate
            when aggregate.Flatten().InnerExceptions.All(e => e is OptionsValidationException) =>
            FormatProblems(aggregate.Flatten().InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)),
        _ => null,
    };
}
