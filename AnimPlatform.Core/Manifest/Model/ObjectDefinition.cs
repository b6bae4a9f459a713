using System.Text.Json.Nodes;

namespace AnimPlatform.Core.Manifest.Model;

/// <summary>An entry of <c>objects</c>; <see cref="Style"/> is already layered: meta.defaults[type] then object.style (spec §6).</summary>
public abstract record ObjectDefinition(string Id, string Type, JsonObject Style);

public sealed record GraphNodeDefinition(string Id, string Label, double X, double Y);

/// <param name="Weight">Extension: a label drawn beside the edge (null = none).</param>
public sealed record GraphEdgeDefinition(string From, string To, string? Weight = null);

/// <param name="Directed">Extension: edges end in arrowheads on the to-node's outline.</param>
public sealed record GraphDefinition(string Id, JsonObject Style, IReadOnlyList<GraphNodeDefinition> Nodes, IReadOnlyList<GraphEdgeDefinition> Edges, bool Directed = false)
    : ObjectDefinition(Id, "graph", Style);

public sealed record TreeNodeDefinition(string Id, string Label, string? Parent, string? Side);

public sealed record TreeDefinition(string Id, JsonObject Style, string Root, string Variant, Point2 Position, IReadOnlyList<TreeNodeDefinition> Nodes)
    : ObjectDefinition(Id, "tree", Style);

/// <param name="View">"cells" (spec §7.3) or "bars" (extension: value bars, arrays).</param>
public sealed record DataStructureDefinition(string Id, JsonObject Style, string Variant, Point2 Position, string View = "cells")
    : ObjectDefinition(Id, "data-structure", Style)
{
    /// <summary>"horizontal" (the original row) or "vertical" (stacks only: top at the top).</summary>
    public string Orientation { get; init; } = "horizontal";

    /// <summary>arrows: a linked list's nodes are joined by next-pointer arrows.</summary>
    public bool Arrows { get; init; }

    /// <summary>caption: the text above the row (null: the variant name, as spec §7.3; "": none).</summary>
    public string? Caption { get; init; }
}

public sealed record TextDefinition(string Id, JsonObject Style, string Content, Point2 Position)
    : ObjectDefinition(Id, "text", Style)
{
    /// <summary>maxWidth: lines wrap at spaces to at most this many pixels (null: no wrapping).</summary>
    public double? MaxWidth { get; init; }
}

/// <summary>
/// An object of an extension kind: its runtime reads the fields it needs from <see cref="Source"/> (the
/// object mapping as written) through its kind descriptor.
/// </summary>
public sealed record KindDefinition(string Id, string Type, JsonObject Style, JsonObject Source, Point2 Position)
    : ObjectDefinition(Id, Type, Style);
