using System.CommandLine;

namespace AnimPlatform.Web.Cli;

/// <summary>
/// One verb of the executable (<c>validate</c>, <c>render</c>, …). Adding a verb is one file under
/// <c>Cli/Verbs/</c> with a class implementing this interface: <see cref="CliRunner"/> finds it, lists it
/// in <c>--help</c> and gives it <c>--help</c> of its own.
/// </summary>
public interface ICliVerb
{
    /// <summary>Place in the verb list of <c>--help</c> (lower first).</summary>
    int Order => 100;

    /// <summary>The verb's command: its arguments and options (shared ones from <see cref="CliOptions"/>) and its action.</summary>
    Command Create(CliContext context);
}
