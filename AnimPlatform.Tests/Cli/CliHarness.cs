using AnimPlatform.Core.Narration;
using AnimPlatform.Web.Cli;

namespace AnimPlatform.Tests.Cli;

/// <summary>Runs the executable's command line in-process, capturing both streams.</summary>
public static class CliHarness
{
    public static async Task<(int? Code, string Out, string Err)> RunAsync(NarrationOptions? narration, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliRunner.TryRunAsync(args, stdout, stderr, CancellationToken.None, narration);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
