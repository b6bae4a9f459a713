using AnimPlatform.Core.Manifest;
using SkiaSharp;
using static AnimPlatform.Tests.Support.TestRender;

namespace AnimPlatform.Tests.Rendering;

/// <summary>Linked list with <c>arrows: true</c>: next-pointer arrows end on the box outlines; insert-cell and delete-cell animate the rewiring.</summary>
[Trait("Category", TestCategory.Unit)]
public class LinkedListPixelTests
{
    // Boxes 60 × 40, gap 40: three boxes at x = 300, 400, 500 (y = 150); four at 250 … 550.
    private static string Scene(string arrows = "arrows: true,") => $$"""
        meta: { title: ll, canvas: { width: 800, height: 400, background: "#000000" } }
        objects:
          - { id: l, type: data-structure, variant: linked-list, {{arrows}} position: { x: 400, y: 150 },
              style: { fillColor: "#0000ff", borderColor: "#0000ff", textColor: "#0000ff", arrowColor: "#00ff00" } }
        timeline:
          - { action: fade-in, target: l, duration: 0s }
          - { action: init-cells, target: l, values: [3, 8, 12], duration: 0.6s }
          - { action: pause, duration: 0.5s }
          - { action: insert-cell, target: l, index: 1, value: 5, duration: 1.5s }
          - { action: pause, duration: 0.5s }
          - { action: delete-cell, target: l, index: 2, duration: 1.5s }
          - { action: pause, duration: 0.5s }
        """;

    private static bool Green(SKColor p) => p.Green > 150 && p.Red < 90 && p.Blue < 90;
    private static bool Blue(SKColor p) => p.Blue > 150 && p.Green < 90;

    private static List<int> GreenColumns(SKBitmap frame, int y, int from, int to) =>
        Enumerable.Range(from, to - from).Where(x => Enumerable.Range(y - 1, 3).Any(yy => Green(frame.GetPixel(x, yy)))).ToList();

    [Fact]
    public void Each_box_points_at_the_next_with_the_tip_on_its_outline()
    {
        using var frame = Frame(Scene(), 1.0);
        foreach (var (left, right) in new[] { (330, 370), (430, 470) })
        {
            var green = GreenColumns(frame, 150, left - 10, right + 10);
            Assert.NotEmpty(green);
            Assert.InRange(green.Min(), left - 1, left + 2);   // starts on the box's right outline
            Assert.InRange(green.Max(), right - 2, right);     // the tip ends on the next box's left outline
        }
        Assert.Empty(GreenColumns(frame, 150, 531, 800)); // the last node points at nothing
        Assert.True(Blue(frame.GetPixel(371, 150)) || Blue(frame.GetPixel(372, 150)), "the next box starts right at the tip");
    }

    [Fact]
    public void No_arrow_is_drawn_to_or_from_a_box_that_has_not_grown_yet()
    {
        // init-cells grows the boxes one after another over 0.2 s each: at 0.1 s the second box has scale 0.
        using var early = Frame(Scene(), 0.1);
        Assert.Empty(GreenColumns(early, 150, 0, 800));
        using var later = Frame(Scene(), 0.5); // boxes 0 and 1 grown, box 2 growing
        Assert.NotEmpty(GreenColumns(later, 150, 330, 370));
    }

    [Fact]
    public void Insert_grows_the_node_below_then_the_previous_arrow_swings_to_it_and_it_rises()
    {
        var show = Compile(Scene());
        // End of phase 2 (2.1 s): the new node waits below the row at x = 350, y = 226 (box 320–380 × 206–246).
        using var waiting = Frame(show, 2.1);
        Assert.True(Blue(waiting.GetPixel(350, 226)), "the new node is below the row");
        // The previous node's arrow now ends on the new box's top outline (about (324, 206)), not inside it.
        var tip = Enumerable.Range(312, 16).SelectMany(x => Enumerable.Range(196, 12).Select(y => (x, y))).Where(p => Green(waiting.GetPixel(p.x, p.y))).ToList();
        Assert.NotEmpty(tip);
        Assert.True(tip.Max(p => p.y) <= 207, $"tip reaches y {tip.Max(p => p.y)}");
        for (var x = 324; x < 377; x += 2)
        for (var y = 210; y < 243; y += 2)
            Assert.False(Green(waiting.GetPixel(x, y)), $"arrow inside the new box at ({x}, {y})");
        // Its own arrow points up to the old second node (now at x = 450).
        Assert.NotEmpty(GreenColumns(waiting, 188, 380, 440));

        // Half way through the swing (1.85 s) the tip is between the old target and the new node.
        using var swinging = Frame(show, 1.85);
        Assert.NotEmpty(GreenColumns(swinging, 150, 281, 420).Concat(GreenColumns(swinging, 175, 281, 420)));

        // After the insert: four boxes in a row, three arrows, the new value in slot 1.
        using var after = Frame(show, 2.8);
        Assert.True(Blue(after.GetPixel(350, 150)));
        foreach (var left in new[] { 280, 380, 480 })
            Assert.InRange(GreenColumns(after, 150, left - 5, left + 45).Max(), left + 38, left + 40);
    }

    [Fact]
    public void Delete_steps_the_node_out_then_the_bypass_arrow_forms_and_the_row_closes()
    {
        var show = Compile(Scene());
        // Phase 1 done (3.6 s): node "8" (slot 2, x = 450) is below the row; 5 → 8 still points down at it.
        using (var stepped = Frame(show, 3.6))
        {
            Assert.True(Blue(stepped.GetPixel(450, 226)));
            Assert.False(Green(stepped.GetPixel(450, 150)), "no bypass yet");
        }
        // Phase 2 done (4.1 s): the bypass from 5 (x = 350) to 12 (x = 550) runs straight through the empty slot.
        using (var bypass = Frame(show, 4.1))
        {
            var green = GreenColumns(bypass, 150, 380, 530);
            Assert.InRange(green.Min(), 380, 382);
            Assert.InRange(green.Max(), 518, 520);
            Assert.Contains(450, green);
        }
        // After: three boxes at 300, 400, 500 again, joined by two arrows.
        using var after = Frame(show, 4.9);
        Assert.False(Blue(after.GetPixel(450, 226)), "the deleted node is gone");
        Assert.InRange(GreenColumns(after, 150, 325, 375).Max(), 368, 370);
        Assert.InRange(GreenColumns(after, 150, 425, 475).Max(), 468, 470);
        Assert.Empty(GreenColumns(after, 150, 531, 800));
    }

    [Fact]
    public void Without_arrows_a_linked_list_keeps_its_row_of_cells()
    {
        using var frame = Frame(Scene(""), 1.0);
        Assert.Empty(GreenColumns(frame, 150, 0, 800));
        // The original gap of 4 between the cells: three cells of 60 centred on 400 at 336, 400, 464.
        Assert.True(Blue(frame.GetPixel(336, 150)) && Blue(frame.GetPixel(464, 150)));
        Assert.False(Blue(frame.GetPixel(368, 150)));
    }

    [Fact]
    public void Arrows_and_the_new_actions_are_validated_with_paths()
    {
        var queue = ManifestPipeline.LoadText(Scene().Replace("variant: linked-list", "variant: queue"));
        Assert.Contains(queue.Warnings, w => w.Path == "objects[0].arrows" && w.Message.Contains("linked-list"));
        var missing = ManifestPipeline.LoadText(Scene().Replace("index: 1, value: 5,", "index: 1,"));
        Assert.Contains(missing.Errors, e => e.Path == "timeline[3].value");
        var outOfRange = Compile(Scene().Replace("index: 1, value: 5", "index: 9, value: 5"));
        Assert.Contains(outOfRange.Warnings, w => w.Path == "timeline[3]" && w.Message.Contains("from 0 to 3"));
    }
}
