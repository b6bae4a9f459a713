using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Options;

/// <summary>
/// Wires <see cref="AnimPlatformOptions"/>: maps the plain environment variables onto the
/// "AnimPlatform" section, binds and validates the options, and chooses Kestrel's address.
/// </summary>
public static class AnimPlatformOptionsSetup
{
    /// <summary>Environment variable -> option name in the "AnimPlatform" section.</summary>
    public static readonly IReadOnlyDictionary<string, string> EnvironmentVariables = new Dictionary<string, string>
    {
        ["DATABASE_PATH"] = nameof(AnimPlatformOptions.DatabasePath),
        ["OUTPUT_DIR"] = nameof(AnimPlatformOptions.OutputDir),
        ["VIDEO_RETENTION_DAYS"] = nameof(AnimPlatformOptions.VideoRetentionDays),
        ["MAX_CONCURRENT_RENDERS"] = nameof(AnimPlatformOptions.MaxConcurrentRenders),
        ["HOST"] = nameof(AnimPlatformOptions.Host),
        ["ALLOWED_HOSTS"] = nameof(AnimPlatformOptions.AllowedHosts),
        ["PORT"] = nameof(AnimPlatformOptions.Port),
        ["SHUTDOWN_GRACE_SECONDS"] = nameof(AnimPlatformOptions.ShutdownGraceSeconds),
        ["RENDER_STALL_TIMEOUT_SECONDS"] = nameof(AnimPlatformOptions.RenderStallTimeoutSeconds),
        ["MAX_RENDER_MINUTES"] = nameof(AnimPlatformOptions.MaxRenderMinutes),
        ["RENDER_COST_US"] = nameof(AnimPlatformOptions.RenderCostMicroseconds),
        ["MAX_QUEUED_MINUTES_PER_CLIENT"] = nameof(AnimPlatformOptions.MaxQueuedMinutesPerClient),
        ["MIN_FREE_DISK_MB"] = nameof(AnimPlatformOptions.MinFreeDiskMegabytes),
        ["ACCESS_TOKEN"] = nameof(AnimPlatformOptions.AccessToken),
        ["RATE_LIMIT_RENDERS_PER_MINUTE"] = nameof(AnimPlatformOptions.RateLimitRendersPerMinute),
        ["RATE_LIMIT_VALIDATIONS_PER_MINUTE"] = nameof(AnimPlatformOptions.RateLimitValidationsPerMinute),
        ["RATE_LIMIT_GENERATIONS_PER_MINUTE"] = nameof(AnimPlatformOptions.RateLimitGenerationsPerMinute),
        ["JOB_STORE"] = nameof(AnimPlatformOptions.JobStore),
        ["DATABASE_URL"] = nameof(AnimPlatformOptions.DatabaseUrl),
        ["CHUNK_MIN_SECONDS"] = nameof(AnimPlatformOptions.ChunkMinSeconds),
        ["WORKER_TIMEOUT_SECONDS"] = nameof(AnimPlatformOptions.WorkerTimeoutSeconds),
        ["RENDER_CRF"] = nameof(AnimPlatformOptions.RenderCrf),
    };

    /// <summary>
    /// Adds the set environment variables as "AnimPlatform:*" keys, after the other sources so they win
    /// over appsettings.json.
    /// </summary>
    public static IConfigurationBuilder AddAnimPlatformEnvironment(this IConfigurationBuilder configuration)
    {
        var values = new Dictionary<string, string?>();
        foreach (var (variable, option) in EnvironmentVariables)
        {
            var value = Environment.GetEnvironmentVariable(variable);
            if (value is not null) values[$"{AnimPlatformOptions.SectionName}:{option}"] = value.Trim();
        }
        return configuration.AddInMemoryCollection(values);
    }

    /// <summary>Binds <see cref="AnimPlatformOptions"/> and validates it when the host starts.</summary>
    public static IServiceCollection AddAnimPlatformOptions(this IServiceCollection services)
    {
        services.AddOptions<AnimPlatformOptions>()
            .BindConfiguration(AnimPlatformOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }

    /// <summary>
    /// Checks the "AnimPlatform" section the way the options will be bound and validated, and returns one
    /// readable message per problem (empty when the configuration is usable). Program.cs calls it before
    /// building the host so a bad value stops the app with a short message instead of a stack trace;
    /// ValidateOnStart stays as the safety net.
    /// </summary>
    public static IReadOnlyList<string> Validate(IConfiguration configuration)
    {
        var section = configuration.GetSection(AnimPlatformOptions.SectionName);
        var problems = new List<string>();
        foreach (var property in typeof(AnimPlatformOptions).GetProperties().Where(p => p.PropertyType == typeof(int)))
        {
            var value = section[property.Name];
            if (value is not null && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                problems.Add($"{VariableFor(property.Name)} ({AnimPlatformOptions.SectionName}:{property.Name}) must be a whole number; got '{value}'.");
        }
        if (problems.Count > 0) return problems;

        var options = section.Get<AnimPlatformOptions>() ?? new AnimPlatformOptions();
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        problems.AddRange(results.Select(r => r.ErrorMessage ?? string.Join(", ", r.MemberNames) + " is invalid."));
        return problems;
    }

    /// <summary>The message printed when <see cref="Validate"/> finds problems.</summary>
    public static string FormatProblems(IEnumerable<string> problems) =>
        "Invalid AnimPlatform configuration:" + Environment.NewLine
        + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));

    private static string VariableFor(string option) =>
        EnvironmentVariables.FirstOrDefault(kv => kv.Value == option).Key ?? option;

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
    /// A readable message when the configuration cannot start the app (failed validation or a value
    /// that is not a number), or null when the exception is something else.
    /// </summary>
    public static string? DescribeStartupFailure(Exception exception)
    {
        switch (exception)
        {
            case AnimPlatform.Core.Jobs.Persistence.JobDatabaseDamagedException damaged:
                return damaged.Message;
            case OptionsValidationException validation:
                return FormatProblems(validation.Failures.Select(CleanFailure));
            case InvalidOperationException conversion
                when conversion.Message.Contains($"'{AnimPlatformOptions.SectionName}:", StringComparison.Ordinal):
                return FormatProblems([conversion.Message]);
            case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                var messages = aggregate.InnerExceptions.Select(DescribeStartupFailure).ToList();
                return messages.All(m => m is not null) ? string.Join(Environment.NewLine, messages) : null;
            default:
                return null;
        }
    }

    // "DataAnnotation validation failed for 'AnimPlatformOptions' members: 'Port' with the error: 'PORT ...'."
    private static string CleanFailure(string failure)
    {
        const string marker = "with the error: '";
        var at = failure.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? failure : failure[(at + marker.Length)..].TrimEnd('.', '\'') + ".";
    }
}
