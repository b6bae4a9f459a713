namespace AnimPlatform.Web.Docs;

/// <summary>A heading of a rendered document: its level (2 = section), anchor id and text, for the table of contents.</summary>
public sealed record DocHeading(int Level, string Id, string Text);
