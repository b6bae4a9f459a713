namespace AnimPlatform.Core.Jobs;

/// <summary>A saved manifest to start new shows from, a row of the <c>templates</c> table (used by the Templates page).</summary>
public sealed class ShowTemplate
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>The template document as JSON text.</summary>
    public string Manifest { get; set; } = "{}";
    public List<string> Tags { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
