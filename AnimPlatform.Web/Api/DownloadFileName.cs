using System.Text;

namespace AnimPlatform.Web.Api;

/// <summary>A safe download file name from a job's title: "BFS Walkthrough" → "BFS Walkthrough.mp4".</summary>
internal static class DownloadFileName
{
    private const int MaxLength = 100;
    private static readonly HashSet<char> Invalid = [.. Path.GetInvalidFileNameChars(), '\\', '/', ':', '*', '?', '"', '<', '>', '|'];

    public static string For(string title, Guid id, string extension)
    {
        var name = new StringBuilder(title.Length);
        foreach (var c in title)
            name.Append(char.IsControl(c) || Invalid.Contains(c) ? ' ' : c);
        var cleaned = string.Join(' ', name.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (cleaned.Length > MaxLength) cleaned = cleaned[..MaxLength].TrimEnd('.', ' ');
        return (cleaned.Length == 0 ? $"video-{id:D}" : cleaned) + extension;
    }
}
