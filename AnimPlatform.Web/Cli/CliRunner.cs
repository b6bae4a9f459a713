using System.CommandLine;
using AnimPlatform.Core.Narration;
using AnimPlatform.Tools;
using AnimPlatform.Web.Options;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Web.Cli;

/// <summary>
/// The command line of the executable (System.CommandLine), handled before the web host starts. The verbs are
/// the <see cref="ICliVerb"/> classes of this assembly (Cli/Verbs). The web app runs when there are no
/// arguments or the first one is an option (<c>--urls …</c>); any first word is a verb, so a typo is an error
/// that lists the verbs. Exit codes: 0 ok, 1 invalid input or failure, 2 usage or unreadable file.
/// </summary>
public static class CliRunner
{
    /// <summary>Every verb, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<ICliVerb> Verbs { get; } = typeof(CliRunner).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliVerb).IsAssignableFrom(t))
        .Select(t => (ICliVerb)Activator.CreateInstance(t)!)
        .OrderBy(v => v.Order)
        .ToList();

    /// <summary>True when the arguments are for the CLI rather than the web host.</summary>
    public static bool IsCli(IReadOnlyList<string> args) =>
        args.Count > 0 && (!args[0].StartsWith('-') || args[0] is "--help" or "-h" or "-?");

    /// <summary>The root command with every verb (for the runner and for tests of the help text).</summary>
    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("AnimPlatform: manifests and shows to MP4 lessons. Without a verb the web app starts (e.g. --urls http://127.0.0.1:5080).");
        foreach (var verb in Verbs) root.Subcommands.Add(verb.Create(context));
        return root;
    }

    /// <param name="narrationOptions">Speech settings for the verbs; null binds them like the app (appsettings + TTS_ENGINE, …).</param>
    /// <returns>The exit code, or null when the web app should run.</returns>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null,
        CancellationToken cancellationToken = default, NarrationOptions? narrationOptions = null)
    {
        if (!IsCli(args)) return null;
        var output = stdout ?? Console.Out;
        var errors = stderr ?? Console.Error;
        using var context = new CliContext(narrationOptions);
        var root = CreateRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            if (!args[0].StartsWith('-') && root.Subcommands.All(c => c.Name != args[0]))
                await errors.WriteLineAsync($"error: \"{args[0]}\" is not a verb; the verbs are {string.Join(", ", root.Subcommands.Select(c => c.Name))}");
            else
                foreach (var error in parse.Errors) await errors.WriteLineAsync($"error: {error.Message}");
            await errors.WriteLineAsync();
            var command = parse.CommandResult.Command;
            await root.Parse(command == root ? ["--help"] : [command.Name, "--help"])
                .InvokeAsync(new InvocationConfiguration { Output = errors, Error = errors }, cancellationToken);
            return 2;
        }
        try
        {
            return await parse.InvokeAsync(
                new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (ToolUsageException ex)
        {
            await errors.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
        catch (NarrationException ex)
        {
            await errors.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
        catch (OptionsValidationException ex)
        {
            await errors.WriteLineAsync(AnimPlatformOptionsSetup.FormatProblems(ex.Failures));
            return 1;
        }
    }
}
