using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Ai;
using AnimPlatform.Web.Api;
using AnimPlatform.Web.Cli;
using AnimPlatform.Web.Components;
using AnimPlatform.Web.Jobs;
using AnimPlatform.Web.Options;
using AnimPlatform.Web.Templates;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

// CLI verbs (validate, render, frame, duration) run without starting the web host.
if (await CliRunner.TryRunAsync(args) is int code) return code;

var builder = WebApplication.CreateBuilder(args);

// Serve _content/* (MudBlazor) and wwwroot from the build output in every environment,
// also when started as `dotnet AnimPlatform.Web.dll` in Production.
builder.WebHost.UseStaticWebAssets();

// Configuration: "AnimPlatform" section + DATABASE_PATH, OUTPUT_DIR, VIDEO_RETENTION_DAYS,
// MAX_CONCURRENT_RENDERS, HOST, PORT; http://127.0.0.1:5080 unless ASPNETCORE_URLS/--urls is set.
builder.Configuration.AddAnimPlatformEnvironment();
builder.Services.AddAnimPlatformOptions();
builder.WebHost.UseAnimPlatformUrls(builder.Configuration);
if (AnimPlatformOptionsSetup.Validate(builder.Configuration).Concat(AiOptions.Validate(builder.Configuration)).ToList() is { Count: > 0 } problems)
{
    Console.Error.WriteLine(AnimPlatformOptionsSetup.FormatProblems(problems));
    return 1;
}

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddJobs();       // SQLite job store, render queue + worker, progress notifier, retention
builder.Services.AddJobsApi();    // ProblemDetails, OpenAPI document
builder.Services.AddGeneration(builder.Configuration); // built-in generators, AI providers (GEMINI_API_KEY, AI_ENDPOINT, OLLAMA_URL)
builder.Services.AddPages();      // presets and templates for the pages

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

app.UseAntiforgery();

app.MapGet("/health/live", () => Results.Text("ok", "text/plain"))
    .ExcludeFromDescription();

app.MapJobsApi();                 // /api/v1/*, the original /api/* aliases, /openapi/v1.json

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

try
{
    await app.StartAsync();
    var options = app.Services.GetRequiredService<IOptions<AnimPlatformOptions>>().Value;
    app.Logger.LogInformation(
        "AnimPlatform ready: database {DatabasePath}, output {OutputDir}, retention {RetentionDays} d, {MaxRenders} concurrent render(s)",
        options.DatabasePath, options.OutputDir, options.VideoRetentionDays, options.MaxConcurrentRenders);
    await app.WaitForShutdownAsync();
    return 0;
}
catch (Exception ex) when (AnimPlatformOptionsSetup.DescribeStartupFailure(ex) is { } message)
{
    Console.Error.WriteLine(message);
    return 1;
}
finally
{
    await app.DisposeAsync();
}

/// <summary>Entry point; public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
