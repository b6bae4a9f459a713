namespace AnimPlatform.Core.Jobs;

/// <summary>
/// Videos and posters of no known job are moved to OUTPUT_DIR/quarantine instead of being deleted: when the
/// job table was lost or replaced (a deleted -wal file, a restored backup), the videos are still there. A
/// quarantined file whose job exists again goes back into place; one that stays unclaimed for the retention
/// period is deleted.
/// </summary>
public sealed class OrphanQuarantine(JobFiles files)
{
    public const string FolderName = "quarantine";

    public string Folder => Path.Combine(files.OutputDir, FolderName);

    /// <summary>Moves <paramref name="file"/> into the quarantine folder, stamped with the time it was moved.</summary>
    public bool TryQuarantine(string file, DateTime now)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            var target = Path.Combine(Folder, Path.GetFileName(file));
            File.Move(file, target, overwrite: true);
            File.SetLastWriteTimeUtc(target, now);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // the next sweep tries again
        }
    }

    /// <summary>Moves back every quarantined file whose job exists again (and has no file of that name in place).</summary>
    public int RestoreOwned(IReadOnlyDictionary<Guid, JobStatus> jobs)
    {
        var restored = 0;
        foreach (var file in Files())
        {
            if (JobFiles.OwnerOf(file, out var isTemp) is not { } id || isTemp || !jobs.ContainsKey(id)) continue;
            var target = Path.Combine(files.OutputDir, Path.GetFileName(file));
            try
            {
                if (File.Exists(target)) continue;
                File.Move(file, target);
                restored++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        }
        return restored;
    }

    /// <summary>Deletes quarantined files moved there before <paramref name="cutoff"/>.</summary>
    public int DeleteExpired(DateTime cutoff) =>
        Files().Count(f => File.GetLastWriteTimeUtc(f) < cutoff && JobFiles.TryDelete(f));

    private IEnumerable<string> Files() =>
        Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder).ToList() : [];
}
