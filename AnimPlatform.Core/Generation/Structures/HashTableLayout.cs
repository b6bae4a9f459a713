using AnimPlatform.Core.Generation.Building.Lessons;

namespace AnimPlatform.Core.Generation.Structures;

/// <summary>
/// Where the hash table is drawn, in one of two shapes. Rows: the buckets are a one-column grid at the left and each
/// chain runs to its bucket's right as a row of nodes. Across: the buckets are one row of cells spanning the diagram
/// area and each chain hangs down below its cell. Chosen from the input alone (m buckets, the longest chain, the widest
/// key) before anything is emitted: rows when they already span <see cref="TargetSpan"/>, otherwise across when its
/// chains fit under the cells and it is wider, otherwise rows.
/// </summary>
internal sealed record HashTableLayout(
    bool Across, double GridX, double GridY, double CellWidth, double CellHeight,
    double Radius, bool Pointer, double FirstX, double FirstY, double StepX, double StepY, double Pitch, double Left, double Right)
{
    /// <summary>Half the 1920 px frame: the width the diagram should reach where it is the subject.</summary>
    public const double TargetSpan = 960;
    public const double Margin = 40;
    /// <summary>Room left and right of the bucket row when it runs across (the cur tag of the last chain may use it).</summary>
    public const double AcrossMargin = 20;
    public const double BucketTop = HashTableScene.BucketTop;
    public const double BucketBottom = HashTableScene.BucketBottom;
    public const double RowCellWidth = 90;
    public const double AcrossCellHeight = 64;
    /// <summary>Room between a bucket and its first node (the head arrow sits in it).</summary>
    public const double ChainGap = 50;
    /// <summary>The clear gap a next arrow needs between two nodes of a chain.</summary>
    public const double ArrowGap = 30;
    public const double LargestRadius = 34;
    /// <summary>Across: the smallest node radius the cur tag may shrink the nodes to (24 px at 1080p, 16 px at 720p).</summary>
    public const double TagRadius = 24;
    public const double MaxStep = 170, MaxDrop = 130;
    public const double LeftmostGridX = LessonLayout.DiagramLeft + Margin + RowCellWidth / 2;
    public const double LeftmostChainLeft = LeftmostGridX + RowCellWidth / 2 + ChainGap;

    public int Rows(int m) => Across ? 1 : m;
    public int Cols(int m) => Across ? m : 1;
    public double Span => Right - Left;

    /// <summary>Centre of the node at position <paramref name="p"/> of bucket <paramref name="b"/>'s chain.</summary>
    public (double X, double Y) Place(int b, int p) => Across
        ? (FirstX + b * Pitch, FirstY + p * StepY)
        : (FirstX + p * StepX, FirstY + b * Pitch);

    /// <summary>Where bucket <paramref name="b"/>'s head arrow (from the bucket to its first node) is drawn, and which way it points.</summary>
    public (double X, double Y) HeadArrow(int b) => Across
        ? (FirstX + b * Pitch, BucketTop + CellHeight + ChainGap / 2)
        : ((GridX + CellWidth / 2 + FirstX - Radius) / 2, FirstY + b * Pitch);

    public string HeadGlyph => Across ? "↓" : "→";

    /// <summary>The grid cell of bucket <paramref name="b"/>: [row, col].</summary>
    public (int Row, int Col) Cell(int b) => Across ? (0, b) : (b, 0);

    /// <summary>The layout for this input: rows when they span the target, else the wider of rows and a fitting across.</summary>
    public static HashTableLayout Choose(int m, int longest, int labelChars)
    {
        var rows = RowsFor(m, longest, labelChars);
        if (rows.Span >= TargetSpan) return rows;
        return AcrossFor(m, longest, labelChars) is { } across && across.Span > rows.Span ? across : rows;
    }

    /// <summary>Smallest node radius that keeps the widest key at 18 px (a label of c characters reads at 18 px in a circle of radius about 8c).</summary>
    private static double Smallest(int labelChars, double largest) => Math.Min(largest, Math.Max(16, 8 * labelChars));

    public static HashTableLayout RowsFor(int m, int longest, int labelChars)
    {
        longest = Math.Max(1, longest);
        var rowHeight = Math.Min(90, (BucketBottom - BucketTop) / m);
        var fit = ChainFit(rowHeight, longest, labelChars);
        var shift = CentringShift(fit.Radius, fit.Spacing, longest, fit.Pointer);
        var gridX = LeftmostGridX + shift;
        var chainLeft = LeftmostChainLeft + shift;
        return new(false, gridX, BucketTop + rowHeight * m / 2, RowCellWidth, rowHeight, fit.Radius, fit.Pointer,
            chainLeft + fit.Radius, BucketTop + rowHeight / 2, fit.Spacing, 0, rowHeight,
            gridX - RowCellWidth / 2, chainLeft + 2 * fit.Radius + (longest - 1) * fit.Spacing);
    }

    /// <summary>
    /// Buckets across the diagram area, chains hanging down; null when the longest chain does not fit under the cells
    /// with its keys at 18 px, or neighbouring chains would touch. The cur tag sits right of its node, between two
    /// chains; when it does not fit there the nodes shrink (down to <see cref="TagRadius"/>), and past that the tag is left out.
    /// </summary>
    public static HashTableLayout? AcrossFor(int m, int longest, int labelChars)
    {
        longest = Math.Max(1, longest);
        var firstTop = BucketTop + AcrossCellHeight + ChainGap;
        var drop = BucketBottom - firstTop;
        // The longest chain's nodes and the arrows between them fit in the height under the cells.
        var largest = Math.Min(LargestRadius, longest <= 1 ? drop / 2 : (drop - ArrowGap * (longest - 1)) / (2 * longest));
        var smallest = Smallest(labelChars, LargestRadius);
        if (largest < smallest) return null;
        var pointer = HashTableScene.PointerRoom;
        // The cells are centred in the area; the cur tag right of the last chain may reach past them into the margin.
        var half = (LessonLayout.DiagramRight - LessonLayout.DiagramLeft) / 2 - AcrossMargin;
        double Pitch(double r, bool tag)
        {
            var p = 2 * half / m;
            return !tag || p / 2 >= r + pointer ? p : 2 * (half - r - pointer) / (m - 1);
        }
        var radius = largest;
        var pitch = Pitch(radius, true);
        var withTag = pitch - 2 * radius >= pointer;
        if (!withTag)
        {
            // Nodes shrink for the tag only down to a size that still reads from the back of a room; below it (ten
            // buckets across) large nodes without the tag beat small ones with it: cur is then the highlighted node and
            // the variables row, as in a crowded row layout.
            radius = Math.Min(largest, Math.Max(Math.Max(smallest, TagRadius), (pitch - pointer) / 2));
            pitch = Pitch(radius, true);
            withTag = pitch - 2 * radius >= pointer;
        }
        if (!withTag)
        {
            pitch = Pitch(0, false);
            radius = Math.Min(largest, Math.Max(smallest, (pitch - ArrowGap) / 2));
            if (pitch - 2 * radius < ArrowGap) return null;
        }
        radius = Math.Round(radius, 1);
        pitch = Math.Floor(pitch * 10) / 10;
        var left = Math.Round(LessonLayout.DiagramCenterX - m * pitch / 2, 1);
        var stepY = longest <= 1 ? 0 : Math.Min(MaxDrop, (drop - 2 * radius) / (longest - 1));
        return new(true, left + m * pitch / 2, BucketTop + AcrossCellHeight / 2, pitch, AcrossCellHeight, radius, withTag,
            left + pitch / 2, firstTop + radius, 0, stepY, pitch, left, left + m * pitch);
    }

    /// <summary>How the row layout draws the chains: node radius, distance between nodes, and whether the cur tag fits between two nodes.</summary>
    public sealed record Fit(double Radius, double Spacing, bool Pointer);

    /// <summary>
    /// Rows: node radius and spacing so the longest chain (and the cur tag right of its last node) ends at the diagram's
    /// right edge. Nodes shrink for the tag down to the size that keeps the widest key at 18 px; a chain too long for both
    /// is drawn without the tag (cur is then the highlighted node and the variables row).
    /// </summary>
    public static Fit ChainFit(double rowHeight, int longest, int labelChars)
    {
        var avail = LessonLayout.DiagramRight - LeftmostChainLeft;
        var room = HashTableScene.PointerRoom;
        var largest = Math.Min(LargestRadius, rowHeight / 2 - 5);
        var smallest = Smallest(labelChars, largest);
        double Spacing(double radius, double tag) => longest <= 1 ? MaxStep : Math.Min(MaxStep, (avail - 2 * radius - tag) / (longest - 1));
        var r = largest;
        var spacing = Spacing(r, room);
        if (spacing - 2 * r >= room) return new(Math.Round(r, 1), spacing, true);
        // The cur tag sits between a node and the next one: shrink the nodes until it fits there.
        r = Math.Max(smallest, (spacing - room) / 2);
        spacing = Spacing(r, room);
        if (spacing - 2 * r >= room) return new(Math.Round(r, 1), spacing, true);
        spacing = Spacing(smallest, 0);
        r = Math.Min(largest, Math.Max(smallest, (spacing - ArrowGap) / 2));
        return new(Math.Round(r, 1), Spacing(r, 0), false);
    }

    /// <summary>
    /// Rows: how far right the whole table moves so it sits centred in the diagram area: half of the room its longest
    /// chain (and the cur tag after it) leaves free. Zero when the chains fill the area.
    /// </summary>
    public static double CentringShift(double radius, double spacing, int longest, bool pointer)
    {
        var left = LeftmostGridX - RowCellWidth / 2;
        var right = LeftmostChainLeft + 2 * radius + (longest - 1) * spacing + (pointer ? HashTableScene.PointerRoom : 0);
        var free = (LessonLayout.DiagramRight - right) - (left - LessonLayout.DiagramLeft);
        return Math.Max(0, Math.Round(free / 2, 1));
    }
}
