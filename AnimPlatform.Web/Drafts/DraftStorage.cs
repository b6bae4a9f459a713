using System.Text.Json;
using Microsoft.JSInterop;

namespace AnimPlatform.Web.Drafts;

/// <summary>Saves and restores the Generate page's draft in the browser's localStorage (js/drafts.js).</summary>
public sealed class DraftStorage(IJSRuntime js) : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private IJSObjectReference? _module;

    private async ValueTask<IJSObjectReference> ModuleAsync() =>
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", "./js/drafts.js");

    /// <summary>False when the browser refused (storage full or disabled).</summary>
    public async Task<bool> SaveAsync(SavedDraft draft) =>
        await (await ModuleAsync()).InvokeAsync<bool>("save", JsonSerializer.Serialize(draft, Json));

    public async Task<SavedDraft?> LoadAsync()
    {
        var text = await (await ModuleAsync()).InvokeAsync<string?>("load");
        if (string.IsNullOrEmpty(text)) return null;
        try { return JsonSerializer.Deserialize<SavedDraft>(text, Json); }
        catch (JsonException) { return null; }
    }

    public async Task ClearAsync() => await (await ModuleAsync()).InvokeVoidAsync("clear");

    public async ValueTask DisposeAsync()
    {
        if (_module is null) return;
        try { await _module.DisposeAsync(); }
        catch (JSDisconnectedException) { }
    }
}
