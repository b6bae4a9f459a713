using AnimPlatform.Core.Jobs;
using AnimPlatform.Web.Components.Pages;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace AnimPlatform.Tests.Pages;

[Trait("Category", TestCategory.Unit)]
public sealed class JobDetailPageTests : PageTestContext
{
    [Fact]
    public async Task A_done_job_shows_its_video_download_manifest_and_details()
    {
        var id = await DoneAsync("Bubble sort", TimeSpan.FromMinutes(2),
            [new JobWarning("timeline[3].easing", "unknown easing \"bouncy\" (linear is used)")]);
        RenderProviders();

        var page = Render<JobDetail>(p => p.Add(d => d.Id, id));

        Assert.Equal("Bubble sort", page.Find("[data-testid=job-title]").TextContent.Trim());
        Assert.Equal("done", page.Find("[data-testid=job-status]").GetAttribute("data-status"));
        var video = page.Find("video[data-testid=job-video]");
        Assert.Equal($"/api/v1/jobs/{id:D}/video", video.GetAttribute("src"));
        Assert.StartsWith($"/api/v1/jobs/{id:D}/poster", video.GetAttribute("poster"));
        Assert.Equal($"/api/v1/jobs/{id:D}/video", page.Find("[data-testid=job-download]").GetAttribute("href"));
        Assert.Equal("100", page.Find("[data-testid=job-progress]").GetAttribute("data-progress"));
        Assert.Empty(page.FindAll("[data-testid=job-cancel]"));

        // The manifest, indented, read-only.
        var manifest = page.Find("[data-testid=job-manifest]").TextContent;
        Assert.Contains("\"timeline\": [", manifest);
        Assert.Equal("pre", page.Find("[data-testid=job-manifest]").TagName.ToLowerInvariant());
        // Warnings by path.
        Assert.Contains("1 warning", page.Find("[data-testid=job-warnings]").TextContent);
        Assert.Contains("timeline[3].easing", page.Find("[data-testid=job-warnings]").InnerHtml);
        // Details from the job and its manifest: 0.5 + 1 + 0.5 s hold.
        var details = page.Find("[data-testid=job-details]").TextContent;
        Assert.Contains("1280×720", details);
        Assert.Contains("2 s", details);
        Assert.Contains(id.ToString(), details);
    }

    [Fact]
    public async Task A_narrated_job_offers_its_subtitles_and_shows_how_it_was_generated()
    {
        var id = await DoneAsync("Narrated BFS", configure: j =>
        {
            j.Narrate = true;
            j.Subtitles = "both";
            j.GenerationLog = """{"source":"built-in","generator":"bfs","prompt":"bfs from A on A-B A-C"}""";
        });
        RenderProviders();
        var page = Render<JobDetail>(p => p.Add(d => d.Id, id));

        Assert.Equal($"/api/v1/jobs/{id:D}/subtitles.vtt", page.Find("[data-testid=job-video] track").GetAttribute("src"));
        Assert.False(page.Find("[data-testid=job-video] track").HasAttribute("default")); // burned in too: not twice on screen
        Assert.Equal($"/api/v1/jobs/{id:D}/subtitles.srt", page.Find("[data-testid=job-download-srt]").GetAttribute("href"));
        Assert.Contains("spoken", page.Find("[data-testid=job-narration]").TextContent);
        Assert.Contains("Generation log", page.Find("[data-testid=job-generation-log]").TextContent);
    }

    [Fact]
    public async Task A_silent_job_has_no_subtitle_track_or_log()
    {
        var id = await DoneAsync("Silent");
        RenderProviders();
        var page = Render<JobDetail>(p => p.Add(d => d.Id, id));

        Assert.Empty(page.FindAll("[data-testid=job-video] track"));
        Assert.Empty(page.FindAll("[data-testid=job-download-srt]"));
        Assert.Empty(page.FindAll("[data-testid=job-generation-log]"));
        Assert.Equal("off", page.Find("[data-testid=job-narration]").TextContent.Trim());
    }

    [Fact]
    public async Task Progress_is_pushed_live_and_the_video_appears_when_done()
    {
        var id = await RenderingAsync("BFS", 5, age: TimeSpan.FromSeconds(10));
        RenderProviders();
        var page = Render<JobDetail>(p => p.Add(d => d.Id, id));
        Assert.Equal("5", page.Find("[data-testid=job-progress]").GetAttribute("data-progress"));
        Assert.Empty(page.FindAll("[data-testid=job-video]"));

        Notifier.Publish(new JobUpdate(id, JobStatus.Rendering, 55, JobStages.RenderingFrames));
        page.WaitForAssertion(() =>
        {
            Assert.Equal("55", page.Find("[data-testid=job-progress]").GetAttribute("data-progress"));
            Assert.Contains("55%", page.Find("[data-testid=job-placeholder]").TextContent);
        });

        // Updates of other jobs are ignored.
        Notifier.Publish(new JobUpdate(Guid.NewGuid(), JobStatus.Rendering, 99, JobStages.RenderingFrames));

        var files = Services.GetRequiredService<JobFiles>();
        Assert.True(await Store.TryCompleteAsync(id, files.VideoPath(id), []));
        Notifier.Publish(new JobUpdate(id, JobStatus.Done, 100, JobStages.Done));
        page.WaitForAssertion(() =>
        {
            Assert.Equal("done", page.Find("[data-testid=job-status]").GetAttribute("data-status"));
            Assert.Equal("100", page.Find("[data-testid=job-progress]").GetAttribute("data-progress"));
            Assert.NotNull(page.Find("[data-testid=job-video]"));
            Assert.NotNull(page.Find("[data-testid=job-download]"));
        });
    }

    [Fact]
    public async Task A_failed_job_shows_its_error()
    {
        var id = await FailedAsync("Broken", "the manifest is not valid: timeline[2].target: references unknown object \"q\"");
        RenderProviders();
        var page = Render<JobDetail>(p => p.Add(d => d.Id, id));

        Assert.Equal("error", page.Find("[data-testid=job-status]").GetAttribute("data-status"));
        Assert.Contains("references unknown object \"q\"", page.Find("[data-testid=job-error]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=job-video]"));
        Assert.Empty(page.FindAll("[data-testid=job-download]"));
    }

    [Fact]
    public async Task An_unknown_job_shows_not_found()
    {
        RenderProviders();
        // Interactive: the page asks the router for its 404 page (the browser test checks the HTTP 404 and that page).
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        var page = Render<JobDetail>(p => p.Add(d => d.Id, Guid.NewGuid()));
        Assert.Contains("Job not found", page.Find("[data-testid=job-missing]").TextContent);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Delete_asks_for_confirmation_then_goes_back_to_the_list()
    {
        var id = await DoneAsync("To delete");
        var dialogs = RenderProviders();
        var page = Render<JobDetail>(p => p.Add(d => d.Id, id));
        var navigation = Services.GetRequiredService<BunitNavigationManager>();

        _ = page.Find("[data-testid=job-delete]").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Delete this job?", dialogs.Markup));
        Assert.NotNull(await Store.GetSummaryAsync(id)); // nothing happens before the answer

        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").ClickAsync(new());
        page.WaitForAssertion(() => Assert.EndsWith("/jobs", navigation.Uri));
        Assert.Null(await Store.GetSummaryAsync(id));
    }

    [Fact]
    public async Task Re_render_queues_a_new_job_and_opens_it()
    {
        var id = await DoneAsync("Again");
        RenderProviders();
        var page = Render<JobDetail>(p => p.Add(d => d.Id, id));
        var navigation = Services.GetRequiredService<NavigationManager>();

        await page.Find("[data-testid=job-rerender]").ClickAsync(new());

        var jobs = await Store.ListAsync();
        Assert.Equal(2, jobs.Count);
        var copy = jobs.Single(j => j.Id != id);
        Assert.Equal(JobStatus.Queued, copy.Status);
        Assert.Equal((1280, 720), (copy.Width, copy.Height));
        page.WaitForAssertion(() => Assert.EndsWith($"/jobs/{copy.Id:D}", navigation.Uri));
    }

    [Fact]
    public async Task Save_as_template_stores_the_manifest_under_a_name()
    {
        var id = await DoneAsync("Graph tour");
        var dialogs = RenderProviders();
        var page = Render<JobDetail>(p => p.Add(d => d.Id, id));

        _ = page.Find("[data-testid=job-save-template]").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("input[data-testid=template-name]")));
        Assert.Equal("Graph tour", dialogs.Find("input[data-testid=template-name]").GetAttribute("value"));
        await dialogs.Find("input[data-testid=template-name]").InputAsync(new ChangeEventArgs { Value = "My graph tour" });
        await dialogs.Find("input[data-testid=template-tags]").ChangeAsync(new ChangeEventArgs { Value = "graphs, intro" });
        await dialogs.Find("[data-testid=template-save]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=template-dialog]")));
        var saved = Assert.Single(await Templates.ListAsync());
        Assert.Equal("My graph tour", saved.Name);
        Assert.Equal(["graphs", "intro"], saved.Tags);
        Assert.Equal(TinyManifest, saved.Manifest);
    }

    [Fact]
    public async Task A_job_deleted_elsewhere_shows_that_it_is_gone()
    {
        var id = await DoneAsync("Going");
        RenderProviders();
        var page = Render<JobDetail>(p => p.Add(d => d.Id, id));

        Notifier.Publish(new JobUpdate(id, JobStatus.Done, 100, JobStages.Done, Deleted: true));

        page.WaitForAssertion(() => Assert.Contains("This job was deleted", page.Find("[data-testid=job-missing]").TextContent));
        await DisposeComponentsAsync();
        Assert.Equal(0, Notifier.SubscriberCount);
    }
}
