using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace AnimPlatform.Tests.Api;

/// <summary>Calls of the REST API that the tests repeat: submit, poll, read.</summary>
public sealed class JobsApiClient(HttpClient http)
{
    public HttpClient Http => http;

    /// <summary>POSTs YAML text; returns the 202 body.</summary>
    public async Task<JsonElement> SubmitYamlAsync(string yaml, string query = "", string path = "/api/v1/render")
    {
        using var response = await http.PostAsync(path + query, new StringContent(yaml, Encoding.UTF8, "text/yaml"));
        return await AcceptedAsync(response);
    }

    /// <summary>POSTs a JSON request object; returns the 202 body.</summary>
    public async Task<JsonElement> SubmitJsonAsync(object body, string path = "/api/v1/render")
    {
        using var response = await http.PostAsJsonAsync(path, body);
        return await AcceptedAsync(response);
    }

    public async Task<JsonElement> GetJsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<JsonElement> StatusAsync(Guid id) => GetJsonAsync($"/api/v1/jobs/{id}/status");

    /// <summary>Polls the status until <paramref name="done"/> holds; fails with the last status on time-out.</summary>
    public async Task<JsonElement> WaitForAsync(Guid id, Func<JsonElement, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var status = await StatusAsync(id);
            if (done(status)) return status;
            Assert.True(DateTime.UtcNow < deadline, $"job {id} did not get there in {timeout}: {status}");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the job is finished (done, error or cancelled) and returns its status.</summary>
    public Task<JsonElement> WaitUntilFinishedAsync(Guid id, TimeSpan timeout) =>
        WaitForAsync(id, s => s.GetProperty("status").GetString() is "done" or "error" or "cancelled", timeout);

    public static Guid IdOf(JsonElement job) => job.GetProperty("id").GetGuid();

    public static string StatusOf(JsonElement job) => job.GetProperty("status").GetString()!;

    private static async Task<JsonElement> AcceptedAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"expected 202, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
