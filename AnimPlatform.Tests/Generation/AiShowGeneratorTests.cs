using System.Diagnostics;
using System.Text.Json.Nodes;
using AnimPlatform.Core.Generation;
using AnimPlatform.Core.Generation.Ai;
using AnimPlatform.Core.Generation.Structures;
using Microsoft.Extensions.Options;

namespace AnimPlatform.Tests.Generation;

/// <summary>The AI path against a fake OpenAI-compatible server on 127.0.0.1 (no other network).</summary>
[Trait("Category", TestCategory.Unit)]
public class AiShowGeneratorTests
{
    private static readonly string GoodShow = new StackGenerator().Generate("push 1 push 2 pop", 1).Show.ToJsonString();

    private static AiShowGenerator Generator(FakeOpenAiServer server, Action<AiOptions>? configure = null)
    {
        var options = new AiOptions
        {
            Endpoint = server.Endpoint.ToString(),
            ApiKey = "test-key",
            Model = "fake-model",
            Timeout = TimeSpan.FromSeconds(10),
            MaxAttempts = 3,
            InitialBackoff = TimeSpan.FromMilliseconds(50),
        };
        configure?.Invoke(options);
        return new AiShowGenerator(Options.Create(options), new OpenAiCompatibleChatClientFactory());
    }

    [Fact]
    public async Task Good_output_becomes_a_valid_show_and_keeps_prompt_and_reply()
    {
        using var server = new FakeOpenAiServer(FakeOpenAiServer.Ok(GoodShow));
        var result = await Generator(server).GenerateAsync("stacks");
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(GenerationSource.Ai, result.Source);
        Assert.Equal("openai-compatible", result.Provider);
        Assert.Equal("fake-model", result.Model);
        Assert.Equal(GoodShow, result.RawResponse);
        Assert.Contains("AnimPlatform inline show", result.SystemPrompt);
        Assert.Contains("Bubble Sort", result.SystemPrompt); // the example show
        Assert.Contains("stacks", result.UserPrompt);
        Assert.Equal(1, result.Attempts);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);

        var request = Assert.Single(server.Requests);
        Assert.Equal("fake-model", (string?)request["model"]);
        Assert.Equal("json_schema", (string?)request["response_format"]?["type"]);
        var schema = request["response_format"]!["json_schema"]!["schema"]!.ToJsonString();
        Assert.Contains("\"push\"", schema); // actions from the vocabulary registry
        Assert.Contains("\"data-structure\"", schema); // and object kinds
        Assert.Equal("system", (string?)request["messages"]![0]!["role"]);
    }

    [Fact]
    public async Task A_server_without_schemas_gets_plain_json_mode()
    {
        using var server = new FakeOpenAiServer(FakeOpenAiServer.Ok(GoodShow));
        var result = await Generator(server, o => o.JsonSchema = false).GenerateAsync("stacks");
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("json_object", (string?)Assert.Single(server.Requests)["response_format"]?["type"]);
    }

    [Fact]
    public async Task Fenced_json_is_unwrapped()
    {
        using var server = new FakeOpenAiServer(FakeOpenAiServer.Ok("Here is your show:\n```json\n" + GoodShow + "\n```\nHave fun!"));
        var result = await Generator(server).GenerateAsync("stacks");
        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(result.Warnings, w => w.Contains("fence"));
    }

    [Fact]
    public async Task Truncated_json_is_closed_normalised_and_validated()
    {
        // Cut the reply inside the last scene's timeline, as a model that hit its token limit would.
        var cut = GoodShow[..(GoodShow.LastIndexOf("\"timeline\"", StringComparison.Ordinal) + 120)];
        using var server = new FakeOpenAiServer(FakeOpenAiServer.Ok(cut));
        var result = await Generator(server).GenerateAsync("stacks");
        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(result.Warnings, w => w.Contains("truncated"));
        // Every scene survives the cut (the cut one closed and repaired).
        Assert.Equal(((JsonArray)JsonNode.Parse(GoodShow)!["scenes"]!).Count, ((JsonArray)result.Show!["scenes"]!).Count);
    }

    [Fact]
    public async Task Single_scene_reply_with_sloppy_fields_is_repaired()
    {
        const string reply = """
            {"meta":{"title":"Tiny","canvas":{"width":1920,"height":1080}},
             "objects":[{"id":"t","type":"text","content":"hi"}],
             "timeline":[{"action":"fade-in","target":"t","duration":1},{"action":"highlight-cell","target":"t","index":0,"color":"$hot"},{"action":"wiggle"}]}
            """;
        using var server = new FakeOpenAiServer(FakeOpenAiServer.Ok(reply));
        var result = await Generator(server).GenerateAsync("tiny");
        Assert.True(result.Succeeded, result.Error);
        Assert.Contains(result.Warnings, w => w.Contains("single-scene"));
        Assert.Contains(result.Warnings, w => w.Contains("unknown action \"wiggle\""));
        Assert.Contains(result.Warnings, w => w.Contains("\"$hot\" was not declared"));
        Assert.Contains(result.Warnings, w => w.Contains("position"));
    }

    [Fact]
    public async Task Invalid_json_fails_clearly_and_keeps_the_raw_reply()
    {
        const string reply = """{"meta": {"title": "x"}, "scenes": [ {"name": "a" "manifest": {}} ]}""";
        using var server = new FakeOpenAiServer(FakeOpenAiServer.Ok(reply));
        var result = await Generator(server).GenerateAsync("anything");
        Assert.False(result.Succeeded);
        Assert.StartsWith("the AI reply is not valid JSON", result.Error);
        Assert.Equal(reply, result.RawResponse);
        Assert.NotNull(result.SystemPrompt);
    }

    [Fact]
    public async Task Rate_limit_then_success_retries_with_backoff()
    {
        using var server = new FakeOpenAiServer(new FakeOpenAiServer.Reply(429), new FakeOpenAiServer.Reply(503), FakeOpenAiServer.Ok(GoodShow));
        var watch = Stopwatch.StartNew();
        var result = await Generator(server).GenerateAsync("stacks");
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, server.RequestCount);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(140), $"backoff 50 + 100 ms expected, took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Retry_after_header_is_honoured()
    {
        using var server = new FakeOpenAiServer(new FakeOpenAiServer.Reply(429, RetryAfter: "1"), FakeOpenAiServer.Ok(GoodShow));
        var watch = Stopwatch.StartNew();
        var result = await Generator(server).GenerateAsync("stacks");
        Assert.True(result.Succeeded, result.Error);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task Server_errors_give_up_after_the_last_attempt()
    {
        using var server = new FakeOpenAiServer(new FakeOpenAiServer.Reply(500), new FakeOpenAiServer.Reply(500));
        var result = await Generator(server, o => o.MaxAttempts = 2).GenerateAsync("stacks");
        Assert.False(result.Succeeded);
        Assert.Equal("openai-compatible had a server error (HTTP 500) after 2 attempts; try again later", result.Error);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task Auth_errors_are_not_retried()
    {
        using var server = new FakeOpenAiServer(new FakeOpenAiServer.Reply(401));
        var result = await Generator(server).GenerateAsync("stacks");
        Assert.False(result.Succeeded);
        Assert.Contains("refused the API key", result.Error);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task Timeout_gives_a_clear_error()
    {
        using var server = new FakeOpenAiServer(new FakeOpenAiServer.Reply(200, GoodShow, Delay: TimeSpan.FromSeconds(20)));
        var watch = Stopwatch.StartNew();
        var result = await Generator(server, o => o.Timeout = TimeSpan.FromMilliseconds(500)).GenerateAsync("stacks");
        Assert.False(result.Succeeded);
        Assert.Equal("openai-compatible did not answer within 0.5 s (AI_TIMEOUT_SECONDS); try again or pick a faster model", result.Error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Cancellation_from_the_caller_stops_the_request()
    {
        using var server = new FakeOpenAiServer(new FakeOpenAiServer.Reply(200, GoodShow, Delay: TimeSpan.FromSeconds(20)));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();
        var result = await Generator(server).GenerateAsync("stacks", cts.Token);
        Assert.Equal("cancelled", result.Error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Service_uses_AI_when_asked_and_built_ins_otherwise()
    {
        using var server = new FakeOpenAiServer(FakeOpenAiServer.Ok(GoodShow));
        var catalog = new GeneratorCatalog();
        var service = new ShowGenerationService(catalog, new TopicMatcher(catalog), Generator(server));
        var builtIn = await service.GenerateAsync(new GenerationRequest("bubble sort 3 1 2"));
        Assert.Equal(GenerationSource.BuiltIn, builtIn.Source);
        Assert.Equal(0, server.RequestCount);
        var unmatched = await service.GenerateAsync(new GenerationRequest("how TCP slow start works"));
        Assert.Equal(GenerationSource.Ai, unmatched.Source);
        Assert.True(unmatched.Succeeded, unmatched.Error);
        Assert.Equal(1, server.RequestCount);
    }
}
