using System.Text.Json.Nodes;
using AnimPlatform.Core.Manifest;
using AnimPlatform.Core.Manifest.Normalization;
using AnimPlatform.Core.Manifest.Vocabulary;

namespace AnimPlatform.Tests.Manifest;

/// <summary>Step narration in the Manifest stage: <c>say</c> and <c>meta.sayCaptions</c> checked with paths, counted into the narration limits, kept by the lenient normaliser, documented from the registry.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed class StepNarrationValidationTests
{
    private static string Scene(string timeline, string meta = "") => $$"""
        meta: { title: t, canvas: { width: 320, height: 180 }{{meta}} }
        objects: [ { id: a, type: text, content: "A", position: { x: 80, y: 60 } } ]
        timeline:
        {{timeline}}
        """;

    [Fact]
    public void A_string_say_on_an_action_or_a_block_is_valid_and_reaches_the_model()
    {
        var doc = ManifestPipeline.LoadText(Scene("""
              - { action: fade-in, target: a, duration: 0.5s, say: "  Here   is A. " }
              - parallel: [ { action: fade-out, target: a, duration: 0.5s } ]
                say: "And it goes."
              - { action: pause, duration: 1s }
            """));
        Assert.True(doc.IsValid, string.Join("\n", doc.Errors));
        Assert.DoesNotContain(doc.Warnings, w => w.Path.Contains("say"));
        var timeline = doc.Show.Scenes[0].Scene.Timeline;
        Assert.Equal(["Here is A.", "And it goes.", null], timeline.Select(e => e.Say));
    }

    [Theory]
    [InlineData("say: 5", "timeline[0].say", "must be a string")]
    [InlineData("say: [a, b]", "timeline[0].say", "must be a string")]
    public void A_say_that_is_not_a_string_is_an_error_at_its_path(string field, string path, string message)
    {
        var doc = ManifestPipeline.LoadText(Scene($"  - {{ action: pause, duration: 1s, {field} }}"));
        var error = Assert.Single(doc.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_say_inside_a_parallel_block_is_an_error_that_says_where_it_belongs()
    {
        var doc = ManifestPipeline.LoadText(Scene("""
              - parallel:
                  - { action: fade-in, target: a, duration: 0.5s }
                  - { action: pause, duration: 1s, say: "Hello." }
            """));
        var error = Assert.Single(doc.Errors);
        Assert.Equal("timeline[0].parallel[1].say", error.Path);
        Assert.Contains("put it on the block", error.Message);
    }

    [Fact]
    public void An_empty_say_is_a_warning_and_speaks_nothing()
    {
        var doc = ManifestPipeline.LoadText(Scene("""  - { action: pause, duration: 1s, say: " " }"""));
        Assert.True(doc.IsValid);
        Assert.Equal("timeline[0].say", Assert.Single(doc.Warnings, w => w.Path.EndsWith("say")).Path);
        Assert.Null(doc.Show.Scenes[0].Scene.Timeline[0].Say);
    }

    [Fact]
    public void A_say_longer_than_its_limit_is_an_error_in_a_show_with_the_scene_path()
    {
        var show = $$"""
            meta: { title: s, canvas: { width: 320, height: 180 } }
            scenes:
              - manifest:
                  meta: { title: a }
                  objects: []
                  timeline:
                    - { action: pause, duration: 1s, say: "{{new string('x', StepNarration.MaxSayLength + 1)}}" }
            """;
        var error = Assert.Single(ManifestPipeline.LoadText(show).Errors);
        Assert.Equal("scenes[0].manifest.timeline[0].say", error.Path);
        Assert.Contains($"at most {StepNarration.MaxSayLength}", error.Message);
    }

    [Fact]
    public void Say_counts_into_the_scene_and_video_narration_limits()
    {
        var say = new string('s', 900);
        var timeline = new JsonArray();
        for (var k = 0; k < 3; k++) timeline.Add(new JsonObject { ["action"] = "pause", ["duration"] = "1s", ["say"] = say });
        JsonObject Scene(int narration) => new()
        {
            ["narration"] = new string('n', narration),
            ["manifest"] = new JsonObject
            {
                ["meta"] = new JsonObject { ["title"] = "a" },
                ["objects"] = new JsonArray(),
                ["timeline"] = timeline.DeepClone(),
            },
        };
        JsonObject Show(params JsonObject[] scenes) => new()
        {
            ["meta"] = new JsonObject { ["title"] = "limits", ["canvas"] = new JsonObject { ["width"] = 320, ["height"] = 180 } },
            ["scenes"] = new JsonArray(scenes),
        };
        // 2300 + 2700 = 5000: the most a scene may speak.
        Assert.True(ManifestPipeline.FromNode(Show(Scene(2300))).IsValid);
        var error = Assert.Single(ManifestPipeline.FromNode(Show(Scene(2301))).Errors);
        Assert.Equal("scenes[0]", error.Path);
        Assert.Contains("5001 characters (narration and say together)", error.Message);
        // Five scenes of 1301 + 2700 characters: the says take the video past its 20000.
        var video = Assert.Single(ManifestPipeline.FromNode(Show(Enumerable.Range(0, 5).Select(_ => Scene(1301)).ToArray())).Errors);
        Assert.Equal("scenes", video.Path);
        Assert.Contains("20000", video.Message);
    }

    [Fact]
    public void Say_captions_must_be_a_boolean()
    {
        var doc = ManifestPipeline.LoadText(Scene("  - { action: pause, duration: 1s, say: \"Hi.\" }", ", sayCaptions: maybe"));
        var error = Assert.Single(doc.Errors);
        Assert.Equal("meta.sayCaptions", error.Path);
        Assert.True(ManifestPipeline.LoadText(Scene("  - { action: pause, duration: 1s, say: \"Hi.\" }", ", sayCaptions: true")).Show.Scenes[0].Scene.Meta.SayCaptions);
    }

    [Fact]
    public void The_estimated_length_counts_the_waits_for_step_speech()
    {
        // 150 characters ≈ 10 s of speech on a 1 s entry: about 9.4 s of wait.
        var doc = ManifestPipeline.LoadText(Scene($"  - {{ action: pause, duration: 1s, say: \"{new string('w', 150)}\" }}"));
        Assert.Equal(10 + NarrationEstimate.SayGapSeconds - 1, NarrationEstimate.ExtraSeconds(doc.Show.Scenes[0]), 9);
    }

    [Fact]
    public void The_lenient_normaliser_keeps_say_and_lifts_one_from_inside_a_block_onto_the_block()
    {
        var show = (JsonObject)JsonNode.Parse("""
            { "meta": { "title": "n", "canvas": { "width": 320, "height": 180 } },
              "scenes": [ { "manifest": { "meta": { "title": "a" },
                "objects": [ { "id": "a", "type": "text", "content": "A", "position": { "x": 10, "y": 10 } } ],
                "timeline": [
                  { "action": "fade-in", "target": "a", "duration": "0.5s", "say": "Here." },
                  { "parallel": [ { "action": "fade-out", "target": "a", "duration": "0.5s", "say": "Gone." } ] },
                  { "action": "pause", "duration": "1s", "say": 42 } ] } } ] }
            """)!;
        var warnings = LenientNormalizer.Normalize(show);
        var timeline = show["scenes"]![0]!["manifest"]!["timeline"]!.AsArray();
        Assert.Equal("Here.", timeline[0]!["say"]!.GetValue<string>());
        Assert.Equal("Gone.", timeline[1]!["say"]!.GetValue<string>());
        Assert.False(timeline[1]!["parallel"]![0]!.AsObject().ContainsKey("say"));
        Assert.Equal("42", timeline[2]!["say"]!.GetValue<string>());
        Assert.Contains(warnings, w => w.Contains("say moved onto the parallel block"));
        Assert.True(ManifestPipeline.FromNode(show).IsValid);
    }

    [Fact]
    public void The_reference_and_the_ai_prompt_document_say_from_the_registry()
    {
        var table = VocabularyDocs.Section("entry-fields")!;
        Assert.Contains("| `say` |", table);
        Assert.Contains("| `sayCaptions` |", table);
        Assert.Contains(StepNarration.MaxSayLength.ToString(), table);
        Assert.Contains("`say: \"…\"`", VocabularyDocs.Section("ai-actions"));
        Assert.Contains("`say: \"…\"`", Core.Generation.Ai.SystemPrompt.Reference);
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "AnimPlatform.Web", "Docs", "manifest-reference.md"));
        Assert.Contains("<!-- vocabulary:entry-fields -->", docs);
    }
}
