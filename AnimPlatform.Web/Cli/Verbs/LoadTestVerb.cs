using System.CommandLine;
using AnimPlatform.Core.Video;
using AnimPlatform.Tools;
using AnimPlatform.Tools.LoadTest;

namespace AnimPlatform.Web.Cli.Verbs;

/// <summary><c>loadtest [URL]</c>: loads a server already running on this machine (AnimPlatform.Tools).</summary>
public sealed class LoadTestVerb : ICliVerb
{
    public int Order => 70;

    public Command Create(CliContext context)
    {
        var url = new Argument<string>("url")
        {
            Description = "the running server (only 127.0.0.1, localhost or [::1])",
            DefaultValueFactory = _ => LoadTestOptions.DefaultUrl,
        };
        var submissions = CliOptions.Number("--submissions", "tiny renders submitted at once", 200, new IntRange("submissions", 1, LoadTestOptions.MaxSubmissions));
        var pollers = CliOptions.Number("--pollers", "clients reading job status and the job list", 20, new IntRange("pollers", 0, LoadTestOptions.MaxPollers));
        var seconds = CliOptions.Number("--seconds", "how long the pollers run", 20, new IntRange("seconds", 1, (int)LoadTestOptions.MaxDuration.TotalSeconds));
        var interval = CliOptions.Number("--interval-ms", "each poller's pause between requests", LoadTestOptions.DefaultPollIntervalMs, new IntRange("interval-ms", 0, 10_000));
        var wait = CliOptions.Number("--wait", "seconds to wait for the renders to finish (0 = don't)", 0, new IntRange("wait", 0, (int)LoadTestOptions.MaxDuration.TotalSeconds));
        var token = new Option<string?>("--token") { Description = "the server's ACCESS_TOKEN (default: the ACCESS_TOKEN variable); never printed" };
        var command = new Command("loadtest", "load a running server on this machine; prints lost, duplicated, 5xx and 429 counts and latencies")
        {
            url, submissions, pollers, seconds, interval, wait, token,
        };
        command.SetAction((parse, cancellation) =>
        {
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var baseUrl))
                throw new ToolUsageException($"loadtest needs an http:// URL; got \"{parse.GetValue(url)}\"");
            var options = new LoadTestOptions(baseUrl, parse.GetValue(submissions), parse.GetValue(pollers),
                TimeSpan.FromSeconds(parse.GetValue(seconds)), parse.GetValue(token) ?? Environment.GetEnvironmentVariable("ACCESS_TOKEN"),
                parse.GetValue(wait) > 0 ? TimeSpan.FromSeconds(parse.GetValue(wait)) : null, parse.GetValue(interval));
            return LoadTestCommand.RunAsync(options, parse.InvocationConfiguration.Output, cancellation);
        });
        return command;
    }
}
