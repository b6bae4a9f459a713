namespace AnimPlatform.Tests;

/// <summary>Locates the shared folder (spec, examples) next to the repository, whatever the build output folder.</summary>
public static class TestPaths
{
    private const string Marker = "spec/MANIFEST-SPEC.md";

    private static readonly Lazy<string> Shared = new(FindShared);

    /// <summary>The folder named "shared" that contains spec/MANIFEST-SPEC.md.</summary>
    public static string SharedDir => Shared.Value;

    public static string ExamplesDir => Path.Combine(SharedDir, "examples");

    /// <summary>The repository (worktree) root: the folder holding AnimPlatform.sln.</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "AnimPlatform.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException("AnimPlatform.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared"), Path.Combine(dir.FullName, "..", "shared") })
                if (File.Exists(Path.Combine(candidate, Marker)))
                    return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException(
            $"no folder named \"shared\" containing {Marker} found above {AppContext.BaseDirectory}");
    }
}
