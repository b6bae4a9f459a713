using System.CommandLine;
using AnimPlatform.Core.Manifest.Model;

namespace AnimPlatform.Web.Cli.Verbs;

/// <summary><c>validate &lt;file&gt;</c>: every error and warning with its path (the renderer's warnings of a valid document included); exit 0 valid, 1 invalid, 2 unreadable.</summary>
public sealed class ValidateVerb : ICliVerb
{
    public int Order => 10;

    public Command Create(CliContext context)
    {
        var file = CliOptions.File();
        var command = new Command("validate", "check a manifest or show; exit 0 valid, 1 invalid, 2 unreadable") { file };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var doc = CliDocuments.Load(parse.GetValue(file)!, output);
            if (doc is null) return 2;
            // A valid document is also compiled as for rendering: the renderer's own warnings (a node that does not exist, …).
            var rendererWarnings = Core.Rendering.RendererWarnings.Find(doc);
            foreach (var d in doc.Diagnostics.Concat(rendererWarnings)) output.WriteLine(d);
            var errors = doc.Errors.Count();
            var warnings = doc.Warnings.Count() + rendererWarnings.Count;
            if (errors > 0)
            {
                output.WriteLine($"invalid: {errors} error(s), {warnings} warning(s)");
                return 1;
            }
            var sceneSeconds = doc.Show.Duration - ShowDocument.TrailingHoldSeconds;
            output.WriteLine($"valid: {doc.Show.Scenes.Count} scene(s), {warnings} warning(s)");
            if (sceneSeconds > 0) output.WriteLine($"Estimated duration: {sceneSeconds:0.0}s");
            return 0;
        });
        return command;
    }
}
