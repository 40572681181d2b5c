using System.Text.Json.Serialization;

namespace Graph.Facts;

/// <summary>
/// A node to upsert: its kind (graph.yaml node kind), its key value and its properties. Property
/// values are strings or read-only lists of strings; a property without a value is left out, so
/// that writing a fact never erases what another article set.
/// </summary>
public sealed record NodeFact(string Kind, string Id, IReadOnlyDictionary<string, object> Properties)
{
    [JsonIgnore]
    public NodeRef Ref => new(Kind, Id);
}
