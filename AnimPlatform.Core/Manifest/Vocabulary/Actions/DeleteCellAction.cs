using AnimPlatform.Core.Rendering.Actions;
using static AnimPlatform.Core.Manifest.Vocabulary.FieldSpec;
using K = AnimPlatform.Core.Manifest.ActionCatalog;

namespace AnimPlatform.Core.Manifest.Vocabulary.Actions;

/// <summary>delete-cell — Removes the cell at an index; a linked list with arrows animates the bypass.</summary>
internal static class DeleteCellAction
{
    public static readonly ActionDescriptor Descriptor = new()
    {
        Name = "delete-cell",
        Doc = "Removes the cell at index; the rest close up. A linked list with arrows: the node steps out of the row, the previous node's arrow swings past it to the next node, then it disappears.",
        TargetKinds = [K.DataStructure],
        Fields = [Req("index", FieldType.Index, "the cell to remove")],
        DefaultDuration = "1.2s",
        Handler = new DeleteCellHandler(),
        Example = "{ action: delete-cell, target: queue, index: 0, duration: 1.2s }",
        Extension = true,
    };
}
