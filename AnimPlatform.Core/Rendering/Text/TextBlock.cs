namespace AnimPlatform.Core.Rendering.Text;

/// <summary>A measured text: its lines (whitespace collapsed), the box (spec §5.4) and the font's vertical metrics.</summary>
public sealed record TextBlock(IReadOnlyList<TextLine> Lines, double Width, double Height, double LineHeight, double Ascent, double Descent);

/// <summary>One line: its collapsed text, its measured width, and whether its source started with whitespace (drawn shifted by a space).</summary>
public sealed record TextLine(string Text, double Width, bool LeadingSpace);
