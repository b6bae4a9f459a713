using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Narration;
using AnimPlatform.Web.Api;
using AnimPlatform.Web.Assets;
using AnimPlatform.Web.Cli;
using AnimPlatform.Web.Components;
using AnimPlatform.Web.Distributed;
using AnimPlatform.Web.Health;
using AnimPlatform.Web.Jobs;
using AnimPlatform.Web.Options;
using AnimPlatform.Web.Security;
using AnimPlatform.Web.Templates;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

// A first word is a CLI verb (validate, render, frame, duration, bench, fuzz, loadtest, backup, worker, … — see `--help`),
// run without starting the web host; no arguments or options only (--urls …) start the web app.
if (await CliRunner.TryRunAsync(args) is int code) return code;

// appsettings*.json are read from beside the app, whichever folder `dotnet AnimPlatform.Web.dll` starts in.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning); // no SQL text per request, whatever appsettings says

// Serve _content/* (MudBlazor) and wwwroot from the build output in every environment,
// also when started as `dotnet AnimPlatform.Web.dll` in Production.
builder.WebHost.UseStaticWebAssets();

// Configuration: the "AnimPlatform" sections of appsettings.json, overridden by the environment variables
// each options class names (DATABASE_PATH, ALLOWED_HOSTS, TTS_WPM, AI_ENDPOINT, …); every section is validated at start and a
// bad value stops the app with a message naming its variable. http://127.0.0.1:5080 unless ASPNETCORE_URLS/--urls.
builder.Configuration.AddAnimPlatformEnvironment();
builder.Services.AddAnimPlatformOptions();
builder.WebHost.UseAnimPlatformUrls(builder.Configuration);

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents()
    // The editors send their whole text to the circuit: room for a manifest at the 5 MB cap (UTF-8, JSON-escaped).
    .AddHubOptions(hub => hub.MaximumReceiveMessageSize = AnimPlatform.Web.Drafts.EditorLimits.MaxCircuitMessageBytes);
builder.Services.AddMudServices();
builder.Services.AddStaticAssetDelivery(); // brotli/gzip answers, year-long caching of fingerprinted assets
builder.Services.AddNarration();  // the render pipeline: speech (espeak-ng, TTS_ENGINE=openai), cache, aligned audio, subtitles
builder.Services.AddJobs();       // SQLite job store, render queue + worker, progress notifier, retention
builder.Services.AddDistributedJobs(builder.Configuration, AnimPlatform.Web.Distributed.NodeRole.Web); // JOB_STORE=postgres: PostgreSQL + Hangfire instead
builder.Services.AddJobsApi();    // ProblemDetails, OpenAPI document
builder.Services.AddGeneration(); // built-in generators, AI providers (GEMINI_API_KEY, AI_ENDPOINT, OLLAMA_URL)
builder.Services.AddPages();      // presets and templates for the pages
builder.Services.AddHostRestriction();     // Host header: localhost, HOST, ALLOWED_HOSTS (DNS rebinding)
builder.Services.AddAccessControl();       // ACCESS_TOKEN: bearer for the API, sign-in cookie for the pages
builder.Services.AddClientRateLimiting();  // per-client limits on render, generate and sign-in
builder.Services.AddReadinessChecks();     // /health/ready: database, ffmpeg, output folder

var app = builder.Build();
if (AnimPlatformOptionsSetup.CheckSettings(app.Services) is { } settingsProblem)
{
    Console.Error.WriteLine(settingsProblem);
    return 1;
}

app.UseStaticAssetDelivery();     // compression (HTML included) and immutable caching of fingerprinted files
app.UseEditorAssets();            // /_editor/{version}/vs/…: the code editor's (Monaco's) files, year-long cached
app.UseRouting();                 // (after the editor's addresses are mapped to the package's)
app.UseSecurityHeaders();         // CSP, nosniff, frame-ancestors 'none' on every answer
app.UseCrossOriginGuard();        // POST/DELETE/WebSocket from another origin's page: 403
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseShutdownGate();            // after SIGTERM: no new renders (503), the rest keeps answering
app.UseAntiforgery();

app.MapHealthEndpoints();         // /health/live, /health/ready (no token needed)
app.MapAccessControl();           // POST /signout (the sign-in page is Components/Account/SignIn.razor)
app.MapJobsApi();                 // /api/v1/*, the original /api/* aliases, /openapi/v1.json
app.MapPreviewAudio();            // /preview/narration/{key}.wav: the Generate page's narration track
app.MapDistributedDashboard();    // distributed mode: the Hangfire dashboard at /hangfire, behind the access token

app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

try
{
    var options = app.Services.GetRequiredService<IOptions<AnimPlatformOptions>>().Value;
    // The start's one integrity check: a damaged database file stops it here with one message, before any hosted
    // service (the initializer, the worker) opens the file.
    await AnimPlatform.Core.Jobs.Persistence.JobDatabaseIntegrity.EnsureSoundAsync(options.DatabasePath);
    await app.StartAsync();
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
