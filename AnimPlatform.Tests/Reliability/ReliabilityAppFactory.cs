using System.Collections.Concurrent;
using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Jobs.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AnimPlatform.Tests.Reliability;

/// <summary>
/// The real app in memory, like JobsAppFactory, plus: settings of the "AnimPlatform" section (access
/// token, rate limits), job options to tweak, an output folder anywhere, and every log line kept.
/// </summary>
public sealed class ReliabilityAppFactory(
    string dataDir,
    IReadOnlyDictionary<string, string>? settings = null,
    Action<JobsOptions>? configureJobs = null,
    string? outputDir = null) : WebApplicationFactory<Program>
{
    public string DatabasePath => Path.Combine(dataDir, "data", "jobs.db");
    public string OutputDir => outputDir ?? Path.Combine(dataDir, "output");

    /// <summary>Every message logged by the app, formatted.</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("AnimPlatform:DatabasePath", DatabasePath);
        builder.UseSetting("AnimPlatform:OutputDir", OutputDir);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting($"AnimPlatform:{key}", value);
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            logging.AddProvider(new CapturingLoggerProvider(Logs));
        });
        builder.ConfigureTestServices(services => services.PostConfigure<JobsOptions>(o =>
        {
            o.DatabasePath = DatabasePath;
            o.OutputDir = OutputDir;
            o.Preset = "ultrafast";
            configureJobs?.Invoke(o);
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearPool(new SqliteConnection(JobDatabase.ConnectionString(DatabasePath)));
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, logs);
        public void Dispose() { }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
