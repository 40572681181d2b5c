namespace Graph.Facts;

/// <summary>Points at a node by its kind (a graph.yaml node kind: official, country, article) and id.</summary>
public sealed record NodeRef(string Kind, string Id);
