using System.CommandLine;
using AnimPlatform.Web.Distributed;

namespace AnimPlatform.Web.Cli.Verbs;

/// <summary><c>worker</c>: a render worker of distributed mode (JOB_STORE=postgres, DATABASE_URL), no pages and no API.</summary>
public sealed class WorkerVerb : ICliVerb
{
    public int Order => 90;

    public Command Create(CliContext context)
    {
        var command = new Command("worker", "a render worker of distributed mode (JOB_STORE=postgres, DATABASE_URL); host options pass through")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parse, _) => WorkerHost.RunAsync([.. parse.UnmatchedTokens]));
        return command;
    }
}
