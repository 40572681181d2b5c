namespace Graph.Mappings;

/// <summary>How one kind of node is written: its label and its key property.</summary>
public sealed record NodeMapping(string Label, string Key, SourceMark Mark);
