namespace Graph.Mappings;

/// <summary>
/// The one spelling of each contact type, shared by contacts.yaml, the extraction contract, gold files
/// and the graph kinds of graph.yaml.
/// </summary>
public static class ContactTypeNames
{
    private static readonly Dictionary<string, ContactType> ByName = Enum.GetValues<ContactType>()
        .ToDictionary(Name, type => type, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static string Name(ContactType type) => type switch
    {
        ContactType.Call => "call",
        ContactType.Visit => "visit",
        ContactType.Meeting => "meeting",
        ContactType.Invitation => "invitation",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown contact type"),
    };

    public static bool TryParse(string? name, out ContactType type) => ByName.TryGetValue(name ?? "", out type);
}
