using Graph.Mappings;

namespace Graph.Facts;

/// <summary>The node and edge kinds of graph.yaml, the keys under which it names labels and types.</summary>
public static class GraphKinds
{
    public const string Official = "official";
    public const string Country = "country";
    public const string Article = "article";

    public const string Call = "call";
    public const string Visit = "visit";
    public const string Meeting = "meeting";
    public const string Invitation = "invitation";
    public const string Represents = "represents";
    public const string Mentions = "mentions";

    public static IReadOnlyList<string> Nodes { get; } = [Article, Official, Country];

    public static IReadOnlyList<string> ContactEdges { get; } = [Call, Visit, Meeting, Invitation];

    public static IReadOnlyList<string> Edges { get; } = [Call, Visit, Meeting, Invitation, Represents, Mentions];

    /// <summary>The kind of a contact edge: graph.yaml names them as the contract names the types.</summary>
    public static string For(ContactType type) => ContactTypeNames.Name(type);
}
