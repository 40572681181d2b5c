using System.Text.RegularExpressions;
using Graph.Facts;
using Graph.Mappings;

namespace Graph.Neo4j.Cypher;

/// <summary>
/// Labels, relationship types and key properties of a graph.yaml, checked again here because they
/// are pasted into Cypher text (they cannot be parameters): only ^[A-Za-z][A-Za-z0-9_]*$ passes.
/// </summary>
internal sealed partial class SafeNames
{
    private readonly Dictionary<string, NodeMapping> _nodes;
    private readonly Dictionary<string, string> _types;

    public SafeNames(GraphMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var problems = new List<string>();
        _nodes = new Dictionary<string, NodeMapping>(StringComparer.Ordinal);
        foreach (var kind in GraphKinds.Nodes)
        {
            if (!mapping.Nodes.TryGetValue(kind, out var node))
            {
                problems.Add($"graph.yaml has no node kind '{kind}'");
                continue;
            }

            Check(problems, $"label of node kind '{kind}'", node.Label);
            Check(problems, $"key of node kind '{kind}'", node.Key);
            _nodes[kind] = node;
        }

        _types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in GraphKinds.Edges)
        {
            if (!mapping.Relationships.TryGetValue(kind, out var type))
            {
                problems.Add($"graph.yaml has no relationship kind '{kind}'");
                continue;
            }

            Check(problems, $"type of relationship kind '{kind}'", type);
            _types[kind] = type;
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"unsafe graph mapping: {string.Join("; ", problems)}", nameof(mapping));
        }
    }

    public string Label(string kind) => _nodes[kind].Label;

    public string Key(string kind) => _nodes[kind].Key;

    public string Type(string kind) => _types[kind];

    public IEnumerable<string> Types => GraphKinds.Edges.Select(Type).Distinct(StringComparer.Ordinal);

    // \z, not $: $ would let a trailing newline through.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*\\z")]
    private static partial Regex Identifier();

    private static void Check(List<string> problems, string what, string value)
    {
        if (!Identifier().IsMatch(value))
        {
            problems.Add($"the {what} '{value}' is not a safe identifier (^[A-Za-z][A-Za-z0-9_]*$)");
        }
    }
}
