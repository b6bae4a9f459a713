namespace AnimPlatform.Core.Manifest;

/// <summary>
/// The real path of a file or folder: every component that is a symbolic link (a linked folder on the
/// way, or the file itself) is replaced by its final target, as realpath(3) does. Components that do
/// not exist are kept as written. Link loops surface as <see cref="IOException"/>.
/// </summary>
public static class RealPath
{
    private const int MaxLinks = 40; // as Linux's MAXSYMLINKS

    public static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>(full[root.Length..]
            .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var next = Path.Combine(current, pending.Pop());
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) throw new IOException($"too many levels of symbolic links at {next}");
            var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next;
            // The target may itself sit under linked folders: resolve it from the root again.
            var targetRoot = Path.GetPathRoot(target) ?? "/";
            foreach (var part in target[targetRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
                pending.Push(part);
            current = targetRoot;
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it (both already real).</summary>
    public static bool IsInside(string path, string folder)
    {
        var withSep = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(withSep, StringComparison.Ordinal);
    }
}
