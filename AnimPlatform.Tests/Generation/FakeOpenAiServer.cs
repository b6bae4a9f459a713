using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace AnimPlatform.Tests.Generation;

/// <summary>
/// A minimal OpenAI-compatible server on 127.0.0.1 (a free port) answering POST /v1/chat/completions with
/// queued canned replies; records each request body. Stops (and releases delayed replies) on dispose.
/// </summary>
public sealed class FakeOpenAiServer : IDisposable
{
    public sealed record Reply(int Status, string? Content = null, string? RawBody = null, TimeSpan Delay = default, string? RetryAfter = null);

    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<Reply> _replies = new();
    private readonly Task _loop;

    public FakeOpenAiServer(params Reply[] replies)
    {
        foreach (var r in replies) _replies.Enqueue(r);
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    public int Port { get; }
    public Uri Endpoint => new($"http://127.0.0.1:{Port}/v1");
    public ConcurrentQueue<JsonObject> Requests { get; } = new();
    public int RequestCount => Requests.Count;

    public static Reply Ok(string content) => new(200, content);

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch { return; }
            _ = Task.Run(() => Handle(context));
        }
    }

    private async Task Handle(HttpListenerContext context)
    {
        try
        {
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                var body = await reader.ReadToEndAsync();
                if (JsonNode.Parse(body) is JsonObject o) Requests.Enqueue(o);
            }
            if (context.Request.HttpMethod != "POST" || !context.Request.Url!.AbsolutePath.EndsWith("/v1/chat/completions"))
            {
                await Write(context, 404, """{"error":{"message":"not found"}}""");
                return;
            }
            if (!_replies.TryDequeue(out var reply)) reply = new Reply(500, RawBody: """{"error":{"message":"no canned reply left"}}""");
            if (reply.Delay > TimeSpan.Zero)
            {
                try { await Task.Delay(reply.Delay, _stop.Token); }
                catch (OperationCanceledException) { }
            }
            if (reply.RetryAfter is not null) context.Response.Headers["Retry-After"] = reply.RetryAfter;
            var payload = reply.RawBody ?? (reply.Status == 200
                ? new JsonObject
                {
                    ["id"] = "chatcmpl-fake",
                    ["object"] = "chat.completion",
                    ["created"] = 1_700_000_000,
                    ["model"] = "fake-model",
                    ["choices"] = new JsonArray(new JsonObject
                    {
                        ["index"] = 0,
                        ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content },
                        ["finish_reason"] = "stop",
                    }),
                    ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
                }.ToJsonString()
                : "{\"error\":{\"message\":\"canned error " + reply.Status + "\",\"type\":\"server_error\"}}");
            await Write(context, reply.Status, payload);
        }
        catch
        {
            // The client went away (timeout, cancellation): nothing to answer.
        }
    }

    private static async Task Write(HttpListenerContext context, int status, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    public void Dispose()
    {
        _stop.Cancel();
        try { _listener.Stop(); _listener.Close(); } catch { }
        try { _loop.Wait(TimeSpan.FromSeconds(2)); } catch { }
        _stop.Dispose();
    }
}
