namespace AnimPlatform.Web.Cli.LoadTest;

/// <summary>
/// <c>loadtest [URL] [--submissions N] [--pollers N] [--seconds N] [--interval-ms N] [--wait N] [--token T]</c>: runs
/// <see cref="LoadTestRunner"/> against a server already running on this machine (default
/// http://127.0.0.1:5080). Exit 0 when nothing was lost or duplicated and no 5xx was seen, else 1.
/// </summary>
public static class LoadTestCommand
{
    public static async Task<int> RunAsync(CliArguments cli, TextWriter output, CancellationToken cancellationToken)
    {
        if (cli.Positional.Count > 1) throw new CliUsageException("loadtest takes at most one URL");
        var url = cli.Positional.Count == 1 ? cli.Positional[0] : LoadTestOptions.DefaultUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
            throw new CliUsageException($"loadtest needs an http:// URL; got \"{url}\"");
        if (!LoadTestRunner.IsLoopback(baseUrl))
            throw new CliUsageException("loadtest only targets this machine: use 127.0.0.1, localhost or [::1]");

        var submissions = cli.Int("submissions") ?? 200;
        var pollers = cli.Int("pollers") ?? 20;
        var seconds = cli.Int("seconds") ?? 20;
        var wait = cli.Int("wait") ?? 0;
        var interval = cli.Int("interval-ms") ?? LoadTestOptions.DefaultPollIntervalMs;
        if (interval is < 0 or > 10_000) throw new CliUsageException("--interval-ms must be 0-10000");
        if (submissions is < 1 or > LoadTestOptions.MaxSubmissions) throw new CliUsageException($"--submissions must be 1-{LoadTestOptions.MaxSubmissions}");
        if (pollers is < 0 or > LoadTestOptions.MaxPollers) throw new CliUsageException($"--pollers must be 0-{LoadTestOptions.MaxPollers}");
        if (seconds < 1 || seconds > LoadTestOptions.MaxDuration.TotalSeconds) throw new CliUsageException("--seconds must be 1-600");
        if (wait < 0 || wait > LoadTestOptions.MaxDuration.TotalSeconds) throw new CliUsageException("--wait must be 0-600");

        // The token is taken from --token or ACCESS_TOKEN and never printed.
        var token = cli.Get("token") ?? Environment.GetEnvironmentVariable("ACCESS_TOKEN");
        var options = new LoadTestOptions(baseUrl, submissions, pollers, TimeSpan.FromSeconds(seconds), token,
            wait > 0 ? TimeSpan.FromSeconds(wait) : null, interval);
        output.WriteLine($"load test of {baseUrl}");
        LoadTestReport report;
        try
        {
            report = await LoadTestRunner.RunAsync(options, output, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException)
        {
            output.WriteLine($"error: {ex.Message} (is the app running? scripts/run.sh, or PORT=… dotnet AnimPlatform.Web.dll)");
            return 2;
        }
        report.WriteTo(output);
        return report.Passed ? 0 : 1;
    }
}
