namespace Graph.Mappings.Internal;

/// <summary>Reads contacts.yaml.</summary>
internal static class ContactsFile
{
    public const string Name = "contacts.yaml";

    public static readonly string[] RootKeys =
        ["rules", "talks", "phone_cues", "initiator_cues", "reciprocal", "negation", "hypothetical", "planned", "past", "directed", "talks_remote"];

    private static readonly string[] RuleKeys = ["type", "triggers"];

    public static ContactMapping Read(MapReader root) => new(
        ReadRules(root),
        root.Phrases("talks"),
        root.Phrases("phone_cues"),
        root.Phrases("initiator_cues"),
        root.Phrases("reciprocal"),
        root.Phrases("negation"),
        root.Phrases("hypothetical"),
        root.Phrases("planned"),
        root.Phrases("past"),
        root.Phrases("directed"),
        root.Phrases("talks_remote"));

    private static List<ContactRule> ReadRules(MapReader root)
    {
        var seen = new UniqueNames("contact rule type");
        var rules = new List<ContactRule>();
        foreach (var item in root.List("rules")?.Items ?? [])
        {
            if (MapReader.From(item, root.Context, "a contact rule", RuleKeys) is not { } rule)
            {
                continue;
            }

            var typeScalar = rule.Scalar("type");
            var typeName = typeScalar?.NonEmpty();
            var triggers = rule.Phrases("triggers", required: true);
            if (typeScalar is null || typeName is null)
            {
                continue;
            }

            if (!ContactTypeNames.TryParse(typeName, out var type))
            {
                typeScalar.Error($"unknown contact type '{typeName}'", KeyHints.Suggest(typeName, ContactTypeNames.All, "contact types"));
                continue;
            }

            seen.Claim(typeName, typeScalar);
            rules.Add(new ContactRule(type, triggers, rule.Mark));
        }

        return rules;
    }
}
