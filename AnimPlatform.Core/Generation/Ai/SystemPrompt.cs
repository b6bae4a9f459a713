using System.Reflection;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest.Vocabulary;

namespace AnimPlatform.Core.Generation.Ai;

/// <summary>The system prompt: the shipped manifest reference plus one complete example show.</summary>
public static class SystemPrompt
{
    private static readonly Lazy<string> Text = new(Build);

    public static string Value => Text.Value;

    /// <summary>The shipped reference with its object and action tables generated from the vocabulary registry.</summary>
    public static string Reference => VocabularyDocs.Expand(ReadResource("manifest-reference.md"));

    public static string ExampleShow => ReadResource("example-show.json");

    public static string UserPrompt(string topic) =>
        $"""
        Topic: {topic.Trim()}

        Write an inline show (one JSON object, as in the reference) that explains this topic in a short video:
        an intro scene, one or more walkthrough scenes that show every step with correct values and a caption,
        a recap scene (key ideas, complexity if relevant), and narration for every scene.
        Reply with the JSON object only.
        """;

    private static string Build()
    {
        var example = JsonNode.Parse(ExampleShow)!.ToJsonString(); // compact: fewer tokens
        return $"""
            You write animation manifests for AnimPlatform, which turns them into MP4 explainer videos about
            computer-science topics. Follow the reference exactly; invent no object types, actions or fields.

            {Reference}

            ## Example of a complete show (bubble sort)

            {example}
            """;
    }

    private static string ReadResource(string name)
    {
        var assembly = typeof(SystemPrompt).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("." + name, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from {assembly.GetName().Name}");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
