using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Model;
using AnimPlatform.Core.Narration;
using AnimPlatform.Core.Rendering;

namespace AnimPlatform.Web.Cli;

/// <summary>Loading a manifest for a verb, reporting its errors, and preparing its narration.</summary>
public static class CliDocuments
{
    /// <summary>Loads and reports; null when the file can't be read at all (exit 2).</summary>
    public static PreparedDocument? Load(string path, TextWriter errors)
    {
        if (!File.Exists(path))
        {
            errors.WriteLine($"error: file not found: {path}");
            return null;
        }
        var doc = ManifestPipeline.LoadFile(path);
        if (doc.Diagnostics.Any(d => d.IsError && d.Path == ""))
        {
            foreach (var d in doc.Errors) errors.WriteLine(d);
            return null;
        }
        return doc;
    }

    /// <summary>Prints the errors of an invalid document; true when there were any (nothing is rendered).</summary>
    public static bool ReportErrors(PreparedDocument doc, TextWriter errors)
    {
        if (doc.IsValid) return false;
        foreach (var d in doc.Errors) errors.WriteLine(d);
        errors.WriteLine($"invalid: {doc.Errors.Count()} error(s) — nothing rendered");
        return true;
    }

    /// <summary>Narration plan + compile (synthesis is cached); prints each stage once and what the narration cost.</summary>
    public static async Task<NarratedShow> PrepareAsync(CliContext context, ShowDocument show, NarrationRequest request,
        TextWriter output, CancellationToken token)
    {
        if (!request.Narrate) return NarratedShow.Silent(show);
        var lastLabel = "";
        var progress = new SynchronousProgress<RenderStageProgress>(p =>
        {
            if (p.Label == lastLabel) return;
            lastLabel = p.Label;
            output.WriteLine(p.Label);
        });
        var prepared = await context.NarratedRenderer().PrepareAsync(show, request, progress, token);
        if (prepared.Plan is { } plan) output.WriteLine($"narration: {plan.Stats}");
        return prepared;
    }
}
