using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Rendering;
using AnimPlatform.Core.Video;
using AnimPlatform.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace AnimPlatform.Tests.E2E;

/// <summary>
/// The variable-frame-rate MP4 plays and seeks correctly in Chromium's own video element: its duration is
/// the computed length, playback advances, and after seeking to a frame the element shows that frame's picture.
/// </summary>
[Trait("Category", TestCategory.Browser)]
public sealed class VideoSeekTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public async Task Chromium_plays_and_seeks_the_variable_frame_rate_video_to_the_right_pictures()
    {
        const int w = 320, h = 180;
        var doc = ManifestPipeline.LoadFile(Path.Combine(TestPaths.ExamplesDir, "bubble-sort-test.yaml"));
        var show = ShowCompiler.Compile(doc.Show);
        await VideoEncoder.EncodeAsync(show, _dir.File("v.mp4"), new VideoOptions { Width = w, Height = h, Preset = "ultrafast", Crf = 12 });
        await File.WriteAllTextAsync(_dir.File("index.html"),
            $"<html><body style='margin:0'><video id='v' src='v.mp4' muted preload='auto'></video><canvas id='c' width='{w}' height='{h}'></canvas></body></html>");

        await using var server = await StaticServer.StartAsync(_dir.Path);
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(server.Url + "/index.html");

        var duration = await page.EvaluateAsync<double>("""
            async () => {
              const v = document.getElementById('v');
              if (v.readyState < 1) await new Promise((ok, fail) => { v.onloadedmetadata = ok; v.onerror = () => fail(new Error('video error ' + v.error?.code)); });
              return v.duration;
            }
            """);
        Assert.InRange(duration, doc.Show.Duration - 0.05, doc.Show.Duration + 0.05);

        var played = await page.EvaluateAsync<double>("""
            async () => {
              const v = document.getElementById('v');
              await v.play();
              await new Promise(ok => setTimeout(ok, 700));
              v.pause();
              return v.currentTime;
            }
            """);
        Assert.InRange(played, 0.2, 5);

        using var source = new FrameSource(show, 30, w, h);
        var checkedFrames = 0;
        for (var frame = 2; frame < show.FrameCount(30) && checkedFrames < 8; frame += 11)
        {
            source.RenderAt((frame - 2) / 30.0);
            var earlier = Gray(source);
            source.RenderAt(frame / 30.0);
            var expected = Gray(source);
            if (Strong(earlier, expected) < 40) continue; // only frames where a wrong instant would show
            var shown = Convert.FromBase64String(await page.EvaluateAsync<string>("""
                async (t) => {
                  const v = document.getElementById('v');
                  v.currentTime = t;
                  await new Promise(ok => v.onseeked = ok);
                  const c = document.getElementById('c').getContext('2d', { willReadFrequently: true });
                  c.drawImage(v, 0, 0, c.canvas.width, c.canvas.height);
                  const d = c.getImageData(0, 0, c.canvas.width, c.canvas.height).data;
                  let s = '';
                  for (let i = 0; i < d.length; i += 4) s += String.fromCharCode(Math.round(0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2]));
                  return btoa(s);
                }
                """, (frame + 0.5) / 30.0));
            var wrong = Strong(expected, shown);
            Assert.True(wrong < 30, $"frame {frame} (t={frame / 30.0:0.000}s): {wrong} pixels differ from the rendered picture");
            checkedFrames++;
        }
        Assert.Equal(8, checkedFrames);
    }

    private static byte[] Gray(FrameSource source) =>
        source.Bitmap.Pixels.Select(p => (byte)Math.Round(0.2126 * p.Red + 0.7152 * p.Green + 0.0722 * p.Blue)).ToArray();

    private static int Strong(byte[] a, byte[] b) => a.Zip(b).Count(p => Math.Abs(p.First - p.Second) > 48);

    public void Dispose() => _dir.Dispose();

    /// <summary>A static file server on 127.0.0.1 (range requests included), as the app serves videos.</summary>
    private sealed class StaticServer(WebApplication app) : IAsyncDisposable
    {
        public string Url { get; } = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        public static async Task<StaticServer> StartAsync(string folder)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), ServeUnknownFileTypes = true });
            await app.StartAsync();
            return new StaticServer(app);
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
