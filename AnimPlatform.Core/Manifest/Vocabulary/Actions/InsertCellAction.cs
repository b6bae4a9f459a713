using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>insert-cell — Inserts a value at an index; a linked list with arrows animates the rewiring.</summary>
internal static class InsertCellAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "insert-cell",
        Doc = "Inserts a cell with value at index (0 … count); the cells after it make room. A linked list with arrows: the new node's arrow appears and the previous node's arrow swings over to it.",
        TargetKinds = [K.DataStructure],
        Fields = [Req("index", FieldType.Index, "where the new cell goes (0 = first, count = after the last)"), Req("value", FieldType.String, "the new cell's value")],
        DefaultDuration = "1.2s",
        Handler = new InsertCellHandler(),
        Example = "{ action: insert-cell, target: queue, index: 1, value: 7, duration: 1.2s }",
        Extension = true,
    };
}
