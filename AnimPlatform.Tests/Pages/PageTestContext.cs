using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Jobs;
using AnimPlatform.Core.Jobs.Persistence;
using AnimPlatform.Tests.Support;
using AnimPlatform.Web.Jobs;
using AnimPlatform.Web.Options;
using AnimPlatform.Web.Templates;
using Bunit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;

namespace AnimPlatform.Tests.Pages;

/// <summary>
/// A bUnit context with the app's page services: MudBlazor, the job services of AddJobs over a migrated SQLite
/// file in a temp folder (nothing runs in the background: no host), generation, AddPages, a fixed clock.
/// Jobs are fake data made directly in the store, in any status.
/// </summary>
public abstract class PageTestContext : BunitContext, IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private readonly TempDir _dir = new();

    protected PageTestContext(IDictionary<string, string?>? configuration = null)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Clock = new FakeTimeProvider(Start);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddLogging();
        Services.AddMudServices(o => o.SnackbarConfiguration.ShowTransitionDuration = 0);
        Services.AddOptions<AnimPlatformOptions>();
        Services.AddNarration();
        Services.AddJobs();
        Services.PostConfigure<JobsOptions>(o =>
        {
            o.DatabasePath = DatabasePath;
            o.OutputDir = OutputDir;
            o.CancelWait = TimeSpan.FromSeconds(2);
        });
        // The table holds environment variables (GEMINI_API_KEY, …), mapped onto the settings sections as in the app.
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddAnimPlatformEnvironment(name => configuration?.TryGetValue(name, out var v) == true ? v : null).Build());
        Services.AddGeneration();
        Services.AddPages();
        Services.AddSingleton<AnimPlatform.Web.Security.AccessControlInfo>();
        Services.AddSingleton<AnimPlatform.Web.Security.ClientRateLimits>();
        Services.AddScoped<AnimPlatform.Web.Security.PageClient>();
        Services.AddScoped<AnimPlatform.Web.Security.PageActionLimiter>();
        Services.AddHttpContextAccessor();
        Services.AddSingleton<IWebHostEnvironment>(new TestHostEnvironment());
    }

    protected FakeTimeProvider Clock { get; }
    protected string DatabasePath => Path.Combine(_dir.Path, "jobs.db");
    protected string OutputDir => Path.Combine(_dir.Path, "output");
    protected JobStore Store => Services.GetRequiredService<JobStore>();
    protected TemplateStore Templates => Services.GetRequiredService<TemplateStore>();
    protected JobNotifier Notifier => (JobNotifier)Services.GetRequiredService<IJobNotifier>();

    public async Task InitializeAsync()
    {
        // The pages run in an interactive circuit (the layout marks itself interactive for the browser tests).
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        Directory.CreateDirectory(OutputDir);
        await using var db = await Services.GetRequiredService<IDbContextFactory<JobsDbContext>>().CreateDbContextAsync();
        await JobDatabase.InitializeAsync(db);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearPool(new SqliteConnection(JobDatabase.ConnectionString(DatabasePath)));
        _dir.Dispose();
    }

    /// <summary>Renders the providers that dialogs, snackbars and popovers (tooltips) need, beside the page.</summary>
    protected IRenderedComponent<MudDialogProvider> RenderProviders()
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<MudDialogProvider>();
    }

    // ---- fake data ----

    public const string TinyManifest = """{"meta":{"title":"Tiny","canvas":{"width":320,"height":180}},"objects":[{"id":"t","type":"text","content":"hi","position":{"x":160,"y":90}}],"timeline":[{"action":"fade-in","target":"t","duration":"0.5s"},{"action":"pause","duration":"1s"}]}""";

    protected async Task<Job> QueuedAsync(string title, TimeSpan? age = null, Action<Job>? configure = null)
    {
        var job = new Job { Title = title, Topic = title.ToLowerInvariant(), Manifest = TinyManifest, Width = 1280, Height = 720 };
        configure?.Invoke(job);
        job = await Store.CreateAsync(job);
        if (age is { } a)
        {
            // Back-date the row (the clock only moves forward).
            job.CreatedAt = Start.UtcDateTime - a;
            await using var db = await Services.GetRequiredService<IDbContextFactory<JobsDbContext>>().CreateDbContextAsync();
            await db.Jobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.CreatedAt, job.CreatedAt));
        }
        return job;
    }

    protected async Task<Guid> RenderingAsync(string title, int progress, string stage = JobStages.RenderingFrames, TimeSpan? age = null,
        Action<Job>? configure = null)
    {
        var job = await QueuedAsync(title, age, configure);
        Assert.True(await Store.TryClaimAsync(job.Id));
        Assert.True(await Store.UpdateProgressAsync(job.Id, progress, stage));
        return job.Id;
    }

    protected async Task<Guid> DoneAsync(string title, TimeSpan? age = null, IReadOnlyList<JobWarning>? warnings = null,
        Action<Job>? configure = null)
    {
        var id = await RenderingAsync(title, 50, age: age, configure: configure);
        var files = Services.GetRequiredService<JobFiles>();
        await File.WriteAllBytesAsync(files.VideoPath(id), Mp4WithLength(2));
        await File.WriteAllTextAsync(files.PosterPath(id), "poster");
        Assert.True(await Store.TryCompleteAsync(id, files.VideoPath(id), warnings ?? []));
        return id;
    }

    protected async Task<Guid> FailedAsync(string title, string error, TimeSpan? age = null)
    {
        var id = await RenderingAsync(title, 30, age: age);
        Assert.True(await Store.TryFailAsync(id, error));
        return id;
    }

    /// <summary>The smallest MP4 the job page reads a length from: ftyp, then moov with a version-0 mvhd (timescale 1000).</summary>
    public static byte[] Mp4WithLength(double seconds, int mvhdVersion = 0)
    {
        static byte[] Box(string type, byte[] content)
        {
            var box = new byte[8 + content.Length];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
            System.Text.Encoding.ASCII.GetBytes(type).CopyTo(box, 4);
            content.CopyTo(box, 8);
            return box;
        }
        var mvhd = new byte[mvhdVersion == 1 ? 112 : 100];
        mvhd[0] = (byte)mvhdVersion;
        var at = mvhdVersion == 1 ? 20 : 12;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(at), 1000);
        if (mvhdVersion == 1) System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(mvhd.AsSpan(at + 4), (ulong)(seconds * 1000));
        else System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(at + 4), (uint)(seconds * 1000));
        return [.. Box("ftyp", "isom\0\0\u0002\0isomiso2avc1mp41"u8.ToArray()), .. Box("free", new byte[16]), .. Box("moov", Box("mvhd", mvhd))];
    }

    private sealed class TestHostEnvironment : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
        public string ApplicationName { get; set; } = "AnimPlatform.Web";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public string EnvironmentName { get; set; } = "Production";
    }
}
