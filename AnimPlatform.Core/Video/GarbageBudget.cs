namespace AnimPlatform.Core.Video;

/// <summary>
/// Keeps a render's garbage bounded whatever the video's length. On a machine with a large CPU cache the runtime's
/// first gen0 budget is tens of MB, so a long render can allocate (and keep resident) that much garbage before its
/// first collection: a longer video peaked higher only for that. Checked once per frame; when more than
/// <see cref="Bytes"/> were allocated since the last collection, a gen0 collection (well under a millisecond: a
/// render's live objects are few) returns them.
/// </summary>
internal sealed class GarbageBudget
{
    public const long Bytes = 4L << 20;

    private long _mark = GC.GetTotalAllocatedBytes();
    private int _collections = GC.CollectionCount(0);

    public void Check()
    {
        var now = GC.GetTotalAllocatedBytes();
        if (now - _mark < Bytes) return;
        // Only when the runtime has not collected by itself since.
        if (GC.CollectionCount(0) == _collections) GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        _collections = GC.CollectionCount(0);
        _mark = GC.GetTotalAllocatedBytes();
    }
}
