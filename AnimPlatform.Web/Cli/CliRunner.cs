namespace AnimPlatform.Web.Cli;

/// <summary>
/// Command-line verbs of the executable, handled before the web host starts.
/// Returns null when the arguments name no verb (then the web app runs).
/// </summary>
public static class CliRunner
{
    public static readonly IReadOnlySet<string> Verbs = new HashSet<string> { "validate", "render", "frame", "duration" };

    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0])) return null;
        await Task.CompletedTask;
        return 2;
    }
}
