using AnimPlatform.Core.Generation.Ai;
using AnimPlatform.Core.Manifest;

namespace AnimPlatform.Core.Generation;

/// <summary>
/// The one entry point for "topic → show": built-in generators when the topic matches one (correct by
/// construction, no key needed) and the user did not ask for AI; the AI provider when asked or when
/// nothing matches; a plain message when nothing matches and no AI is configured.
/// </summary>
public sealed class ShowGenerationService(GeneratorCatalog catalog, TopicMatcher matcher, AiShowGenerator ai)
{
    public const int DefaultSeed = 42;

    public GeneratorCatalog Catalog => catalog;
    public bool AiConfigured => ai.IsConfigured;
    public AiProvider? AiProvider => ai.Provider;

    public async Task<ShowGenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken = default)
    {
        var prompt = (request.Prompt ?? "").Trim();
        var mode = request.Mode;
        if (prompt.StartsWith("ai:", StringComparison.OrdinalIgnoreCase))
        {
            prompt = prompt[3..].Trim();
            mode = GenerationMode.Ai;
        }
        if (prompt.Length == 0) return ShowGenerationResult.Failure("type a topic, e.g. \"" + catalog.ExamplePrompts.First() + "\"");
        if (prompt.Length > 2000) return ShowGenerationResult.Failure("the prompt is too long (at most 2000 characters)");

        if (mode == GenerationMode.Ai)
            return ai.IsConfigured ? await ai.GenerateAsync(prompt, cancellationToken).ConfigureAwait(false) : ShowGenerationResult.Failure(AiOptions.NotConfiguredMessage, GenerationSource.Ai);

        var match = matcher.Match(prompt);
        if (match is not null) return GenerateBuiltIn(match, prompt, request.Seed ?? DefaultSeed);
        if (mode == GenerationMode.Auto && ai.IsConfigured) return await ai.GenerateAsync(prompt, cancellationToken).ConfigureAwait(false);

        return ShowGenerationResult.Failure(NoMatchMessage(prompt, mode == GenerationMode.Auto));
    }

    /// <summary>
    /// What to tell a user whose prompt matches no topic: the closest topics with a prompt that works for
    /// each, and how many topics there are. No configuration details (those are on the Settings page).
    /// </summary>
    public string NoMatchMessage(string prompt, bool mentionAi)
    {
        var closest = matcher.Closest(prompt);
        var tries = string.Join("; ", closest.Select(t => $"{t.Title} (\"{t.Examples[0]}\")"));
        var message = $"No built-in lesson matches \"{Shorten(prompt)}\". Closest topics: {tries}. " +
                      $"There are {catalog.Generators.Count} topics in all: sorting, searching, graphs, trees, dynamic programming and data structures.";
        return mentionAi ? message + " For other topics, set up an AI provider on the Settings page." : message;
    }

    /// <summary>Runs one built-in generator by id (the Generate page's chips), bypassing the matcher.</summary>
    public ShowGenerationResult GenerateBuiltIn(string generatorId, string input, int? seed = null)
    {
        var generator = catalog.Find(generatorId);
        return generator is null
            ? ShowGenerationResult.Failure($"unknown generator \"{generatorId}\"")
            : GenerateBuiltIn(new TopicMatch(generator, generator.Info.Aliases[0], input), input, seed ?? DefaultSeed);
    }

    private static ShowGenerationResult GenerateBuiltIn(TopicMatch match, string prompt, int seed)
    {
        var info = match.Generator.Info;
        GeneratedShow generated;
        try
        {
            generated = GenerateOrDefault(match, seed);
        }
        catch (GeneratorInputException ex)
        {
            return new ShowGenerationResult
            {
                Error = $"{ex.Describe(prompt)}. {info.Title} takes {info.InputHint}.",
                Source = GenerationSource.BuiltIn,
                GeneratorId = info.Id,
                GeneratorTitle = info.Title,
                Input = match.Input,
            };
        }
        var prepared = ManifestPipeline.FromNode(generated.Show.DeepClone());
        var errors = prepared.Errors.ToList();
        return new ShowGenerationResult
        {
            Show = generated.Show,
            Source = GenerationSource.BuiltIn,
            GeneratorId = info.Id,
            GeneratorTitle = info.Title,
            Input = generated.InputSummary,
            Warnings = generated.Notes.Concat(prepared.Warnings.Select(d => d.ToString())).ToList(),
            Diagnostics = prepared.Diagnostics,
            Error = errors.Count == 0 ? null : $"the {info.Title} generator produced an invalid show (a bug): {string.Join("; ", errors.Take(3))}",
        };
    }

    /// <summary>
    /// Runs the generator on the prompt's input. When that input is only words the reader did not understand
    /// ("what is a", "with negative edges", "of a dag") there is no data in it to get wrong, so the lesson uses the
    /// generator's default input and says so; input with any data in it ("quick sort 5 x 1") keeps its error.
    /// </summary>
    private static GeneratedShow GenerateOrDefault(TopicMatch match, int seed)
    {
        try
        {
            return match.Generator.Generate(match.Input, seed);
        }
        catch (GeneratorInputException ex) when (ex.UnreadWord is not null && Input.PromptTokens.IsOnlyWords(match.Input))
        {
            if (DefaultInput(match.Generator, seed) is not { } fallback) throw;
            var note = $"\"{Shorten(match.Input.Trim())}\" gives no {ex.What} to use, so the lesson uses an example";
            return fallback with { Notes = [note, .. fallback.Notes] };
        }
    }

    private static GeneratedShow? DefaultInput(IShowGenerator generator, int seed)
    {
        try
        {
            return generator.Generate("", seed);
        }
        catch (GeneratorInputException)
        {
            return null;
        }
    }

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
