using System.CommandLine;
using System.Text.Json;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Web.Cli.Verbs;

/// <summary>
/// <c>generate "&lt;topic and input&gt;" [-o show.json] [--seed N] [--mode auto|builtin|ai]</c>: the show the Generate page
/// would make from a prompt, as JSON (stdout or a file), ready for <c>validate</c>, <c>lint</c> and <c>render</c>.
/// Which generator was used and its notes go to stderr. Exit 0 made, 1 refused (the message says why and what to type).
/// </summary>
public sealed class GenerateVerb : ICliVerb
{
    public int Order => 45;

    public Command Create(CliContext context)
    {
        var prompt = new Argument<string[]>("prompt") { Description = "the topic and its input, e.g. \"quick sort 5 3 8 1\"", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o", "--out") { Description = "write the show here (default: stdout)" };
        var seed = new Option<int?>("--seed") { Description = $"seed of the random defaults (default {ShowGenerationService.DefaultSeed})" };
        var mode = new Option<string>("--mode")
        {
            Description = "auto: a built-in lesson when one matches, else the AI provider if configured; builtin; ai",
            DefaultValueFactory = _ => "auto",
        }.AcceptOnlyFromAmong("auto", "builtin", "ai");
        var command = new Command("generate", "make a lesson show from a topic prompt (built-in generators; AI when configured)")
        {
            prompt, output, seed, mode,
        };
        command.SetAction(async (parse, token) =>
        {
            var (stdout, errors) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var generation = context.Generation();
            var request = new GenerationRequest(string.Join(' ', parse.GetValue(prompt)!),
                parse.GetValue(mode) switch { "builtin" => GenerationMode.BuiltIn, "ai" => GenerationMode.Ai, _ => GenerationMode.Auto },
                parse.GetValue(seed));
            var result = await generation.GenerateAsync(request, token);
            if (!result.Succeeded)
            {
                await errors.WriteLineAsync($"error: {result.Error}");
                return 1;
            }
            var text = result.Show!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            await errors.WriteLineAsync(result.Source == GenerationSource.BuiltIn
                ? $"built-in lesson \"{result.Show!["meta"]?["title"]?.GetValue<string>() ?? result.GeneratorTitle}\" ({result.GeneratorId}), input: {result.Input}"
                : "made by the AI provider");
            foreach (var w in result.Warnings) await errors.WriteLineAsync($"note: {w}");
            if (parse.GetValue(output) is { } path)
            {
                await File.WriteAllTextAsync(path, text + "\n", token);
                var checkedShow = ManifestPipeline.LoadText(text);
                await errors.WriteLineAsync($"wrote {path}: {checkedShow.Show.Scenes.Count} scene(s), about {checkedShow.Show.Duration:0} s");
            }
            else
            {
                await stdout.WriteLineAsync(text);
            }
            return 0;
        });
        return command;
    }
}
