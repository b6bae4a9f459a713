using AnimPlatform.Core.Jobs;
using JobsPage = AnimPlatform.Web.Components.Pages.Jobs;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace AnimPlatform.Tests.Pages;

[Trait("Category", TestCategory.Integration)]
public sealed class JobsPageTests : PageTestContext
{
    [Fact]
    public async Task Lists_jobs_with_poster_title_status_progress_and_created_time()
    {
        var done = await DoneAsync("Bubble sort", age: TimeSpan.FromMinutes(30));
        var failed = await FailedAsync("Broken graph", "ffmpeg failed: no space left", TimeSpan.FromMinutes(20));
        var rendering = await RenderingAsync("BFS walkthrough", 37, age: TimeSpan.FromMinutes(5));
        await QueuedAsync("Stack", TimeSpan.FromMinutes(1));
        RenderProviders();

        var page = Render<JobsPage>();

        var rows = page.FindAll("[data-testid=job-row]");
        Assert.Equal(4, rows.Count);
        Assert.Equal(["Stack", "BFS walkthrough", "Broken graph", "Bubble sort"], rows.Select(r => r.QuerySelector(".job-title")!.TextContent.Trim()));
        Assert.Equal(["queued", "rendering", "error", "done"], rows.Select(r => r.QuerySelector("[data-testid=job-status]")!.GetAttribute("data-status")));

        var doneRow = Row(page, done);
        Assert.Equal($"/api/v1/jobs/{done:D}/poster", doneRow.QuerySelector(".job-poster img")!.GetAttribute("src")!.Split('?')[0]);
        Assert.Equal($"/api/v1/jobs/{done:D}/video", doneRow.QuerySelector("[data-testid=job-download]")!.GetAttribute("href"));
        Assert.Contains("30 min ago", doneRow.TextContent);
        Assert.Null(doneRow.QuerySelector("[data-testid=job-cancel]"));

        Assert.Equal("37", Row(page, rendering).QuerySelector("[data-testid=job-progress]")!.GetAttribute("data-progress"));
        Assert.Contains("rendering frames", Row(page, rendering).TextContent);
        Assert.NotNull(Row(page, rendering).QuerySelector("[data-testid=job-cancel]"));
        Assert.Contains("ffmpeg failed: no space left", Row(page, failed).TextContent);
        Assert.Null(Row(page, failed).QuerySelector(".job-poster img"));

        // Narrow screens get the same jobs as cards.
        Assert.Equal(4, page.FindAll("[data-testid=job-card]").Count);
        Assert.Contains("1–4 of 4", page.Find("[data-testid=jobs-range]").TextContent);
    }

    [Fact]
    public async Task A_pushed_progress_update_re_renders_the_bar_without_reloading()
    {
        var id = await RenderingAsync("BFS walkthrough", 10);
        RenderProviders();
        var page = Render<JobsPage>();
        // The page and the process-wide counts (Components/Jobs/JobCounts) listen.
        Assert.Equal(2, Notifier.SubscriberCount);

        Notifier.Publish(new JobUpdate(id, JobStatus.Rendering, 64, JobStages.Encoding));

        page.WaitForAssertion(() =>
        {
            var bar = Row(page, id).QuerySelector("[data-testid=job-progress]")!;
            Assert.Equal("64", bar.GetAttribute("data-progress"));
            Assert.Contains("finishing video", bar.TextContent);
            Assert.Contains("64%", bar.TextContent);
        });
        // The database still says 10: the page showed what was pushed, it did not re-read.
        Assert.Equal(10, (await Store.GetSummaryAsync(id))!.Progress);
    }

    [Fact]
    public async Task A_finished_job_turns_done_with_its_poster_and_download_link()
    {
        var id = await RenderingAsync("Quick sort", 90);
        RenderProviders();
        var page = Render<JobsPage>();

        var files = Services.GetRequiredService<JobFiles>();
        await File.WriteAllTextAsync(files.PosterPath(id), "poster");
        Assert.True(await Store.TryCompleteAsync(id, files.VideoPath(id), []));
        Notifier.Publish(new JobUpdate(id, JobStatus.Done, 100, JobStages.Done));

        page.WaitForAssertion(() =>
        {
            var row = Row(page, id);
            Assert.Equal("done", row.QuerySelector("[data-testid=job-status]")!.GetAttribute("data-status"));
            Assert.NotNull(row.QuerySelector(".job-poster img"));
            Assert.NotNull(row.QuerySelector("[data-testid=job-download]"));
        });
        Assert.Contains("Done", page.Find("[data-testid=filter-done]").TextContent);
        Assert.Contains("1", page.Find("[data-testid=filter-done] .filter-count").TextContent);
    }

    [Fact]
    public async Task A_new_job_appears_and_a_deleted_one_disappears_live()
    {
        var first = await DoneAsync("First", TimeSpan.FromMinutes(10));
        RenderProviders();
        var page = Render<JobsPage>();
        Assert.Single(page.FindAll("[data-testid=job-row]"));

        var second = await QueuedAsync("Second");
        Notifier.Publish(new JobUpdate(second.Id, JobStatus.Queued, 0, JobStages.Queued));
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=job-row]").Count));

        Assert.True(await Store.DeleteAsync(first));
        Notifier.Publish(new JobUpdate(first, JobStatus.Done, 100, JobStages.Done, Deleted: true));
        page.WaitForAssertion(() => Assert.Equal(["Second"], page.FindAll("[data-testid=job-row] .job-title").Select(e => e.TextContent.Trim())));
    }

    [Fact]
    public async Task Filters_by_status_and_shows_an_empty_state_for_an_empty_filter()
    {
        await DoneAsync("Done one", TimeSpan.FromMinutes(3));
        await FailedAsync("Failed one", "boom", TimeSpan.FromMinutes(2));
        await DoneAsync("Done two", TimeSpan.FromMinutes(1));
        RenderProviders();
        var page = Render<JobsPage>();
        Assert.Contains("3", page.Find("[data-testid=filter-all] .filter-count").TextContent);

        await page.Find("[data-testid=filter-done]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Equal(["Done two", "Done one"], page.FindAll("[data-testid=job-row] .job-title").Select(e => e.TextContent.Trim())));

        await page.Find("[data-testid=filter-cancelled]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Contains("No cancelled jobs", page.Find("[data-testid=jobs-empty]").TextContent));
    }

    [Fact]
    public async Task Pages_through_many_jobs()
    {
        for (var i = 1; i <= 5; i++) await DoneAsync($"Job {i}", TimeSpan.FromMinutes(10 - i));
        RenderProviders();
        var page = Render<JobsPage>(p => p.Add(j => j.PageSize, 2));

        Assert.Equal(["Job 5", "Job 4"], page.FindAll("[data-testid=job-row] .job-title").Select(e => e.TextContent.Trim()));
        Assert.Contains("1–2 of 5", page.Find("[data-testid=jobs-range]").TextContent);

        await page.FindAll("[data-testid=jobs-pagination] button").First(b => b.TextContent.Trim() == "3").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Equal(["Job 1"], page.FindAll("[data-testid=job-row] .job-title").Select(e => e.TextContent.Trim())));
        Assert.Contains("5–5 of 5", page.Find("[data-testid=jobs-range]").TextContent);
    }

    [Fact]
    public async Task Delete_asks_for_confirmation_first()
    {
        var id = await DoneAsync("Keep me maybe");
        var dialogs = RenderProviders();
        var page = Render<JobsPage>();

        _ = Row(page, id).QuerySelector("[data-testid=job-delete]")!.ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Delete this job?", dialogs.Markup));
        Assert.Contains("Keep me maybe", dialogs.Markup);
        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Keep it").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.DoesNotContain("Delete this job?", dialogs.Markup));
        Assert.NotNull(await Store.GetSummaryAsync(id));
        Assert.Single(page.FindAll("[data-testid=job-row]"));

        _ = Row(page, id).QuerySelector("[data-testid=job-delete]")!.ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Delete this job?", dialogs.Markup));
        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete").ClickAsync(new());
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=jobs-empty]")));
        Assert.Null(await Store.GetSummaryAsync(id));
    }

    [Fact]
    public async Task Cancel_stops_a_queued_job()
    {
        var job = await QueuedAsync("Waiting");
        RenderProviders();
        var page = Render<JobsPage>();

        await Row(page, job.Id).QuerySelector("[data-testid=job-cancel]")!.ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal("cancelled", Row(page, job.Id).QuerySelector("[data-testid=job-status]")!.GetAttribute("data-status")));
        Assert.Equal(JobStatus.Cancelled, (await Store.GetSummaryAsync(job.Id))!.Status);
    }

    [Fact]
    public async Task Shows_an_empty_state_without_jobs_and_unsubscribes_when_left()
    {
        RenderProviders();
        var page = Render<JobsPage>();
        Assert.Contains("No jobs yet", page.Find("[data-testid=jobs-empty]").TextContent);
        Assert.Equal("/", page.Find("[data-testid=jobs-empty] a").GetAttribute("href"));
        Assert.Equal(2, Notifier.SubscriberCount); // the page, and the process-wide counts

        await DisposeComponentsAsync();
        Assert.Equal(1, Notifier.SubscriberCount); // only the counts, which outlive the page
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<JobsPage> page, Guid id) =>
        page.Find($"[data-testid=job-row][data-job-id='{id}']");
}
