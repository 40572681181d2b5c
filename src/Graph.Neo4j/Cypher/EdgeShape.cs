using Graph.Facts;

namespace Graph.Neo4j.Cypher;

/// <summary>
/// What an edge kind connects. Contact edges between two officials are merged without direction:
/// two articles may report the same call from either side, and the key (sorted ids) is the same.
/// </summary>
internal sealed record EdgeShape(string Kind, string FromKind, string ToKind, bool Directed, bool HasEvidence)
{
    /// <summary>In write order: one relationship type after another, never in parallel (they would deadlock).</summary>
    public static IReadOnlyList<EdgeShape> All { get; } =
    [
        new(GraphKinds.Call, GraphKinds.Official, GraphKinds.Official, Directed: false, HasEvidence: true),
        new(GraphKinds.Visit, GraphKinds.Official, GraphKinds.Country, Directed: true, HasEvidence: true),
        new(GraphKinds.Meeting, GraphKinds.Official, GraphKinds.Official, Directed: false, HasEvidence: true),
        new(GraphKinds.Invitation, GraphKinds.Official, GraphKinds.Official, Directed: false, HasEvidence: true),
        new(GraphKinds.Represents, GraphKinds.Official, GraphKinds.Country, Directed: true, HasEvidence: false),
        new(GraphKinds.Mentions, GraphKinds.Article, GraphKinds.Official, Directed: true, HasEvidence: false),
        new(GraphKinds.Mentions, GraphKinds.Article, GraphKinds.Country, Directed: true, HasEvidence: false),
    ];

    public bool Fits(EdgeFact edge) => edge.Kind == Kind && edge.From.Kind == FromKind && edge.To.Kind == ToKind;
}
