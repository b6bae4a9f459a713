namespace AnimPlatform.Tools.LoadTest;

/// <summary>
/// <c>loadtest [URL] [--submissions N] [--pollers N] [--seconds N] [--interval-ms N] [--wait N] [--token T]</c>: runs
/// <see cref="LoadTestRunner"/> against a server already running on this machine (default
/// http://127.0.0.1:5080). Exit 0 when nothing was lost or duplicated and no 5xx was seen, else 1.
/// </summary>
public static class LoadTestCommand
{
    /// <summary>Runs the load test; <paramref name="options"/> has the numbers, already range-checked by the verb.</summary>
    /// <exception cref="ToolUsageException">The URL is not http(s) or not on this machine.</exception>
    public static async Task<int> RunAsync(LoadTestOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var baseUrl = options.BaseUrl;
        if (baseUrl.Scheme is not ("http" or "https")) throw new ToolUsageException($"loadtest needs an http:// URL; got \"{baseUrl}\"");
        if (!LoadTestRunner.IsLoopback(baseUrl))
            throw new ToolUsageException("loadtest only targets this machine: use 127.0.0.1, localhost or [::1]");
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
