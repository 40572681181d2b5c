namespace Graph.Mappings.Internal;

/// <summary>Reads roles.yaml: the roles and the honorific and counterpart words.</summary>
internal static class RolesFile
{
    public const string Name = "roles.yaml";

    public static readonly string[] RootKeys = ["honorifics", "counterparts", "roles"];
    private static readonly string[] RoleKeys = ["id", "name", "single_holder", "phrases", "plural", "country_phrases"];
    private static readonly string[] CountryPhraseKeys = ["country", "phrases"];

    public static (IReadOnlyList<RoleMapping> Roles, Lexicon Lexicon) Read(MapReader root, KnownIds countries)
    {
        var lexicon = new Lexicon(root.Phrases("honorifics"), root.Phrases("counterparts"));
        var ids = new UniqueNames("role id");
        var roles = new List<RoleMapping>();
        foreach (var item in root.List("roles")?.Items ?? [])
        {
            if (MapReader.From(item, root.Context, "a role", RoleKeys) is not { } role)
            {
                continue;
            }

            var idScalar = role.Scalar("id");
            var id = idScalar?.Matching(Patterns.RoleId(), "^[a-z][a-z0-9_]*$, e.g. foreign_minister");
            if (idScalar is not null && id is not null)
            {
                ids.Claim(id, idScalar);
                role.Description = $"role {id}";
            }

            roles.Add(new RoleMapping(
                id ?? "",
                role.Scalar("name")?.NonEmpty() ?? "",
                role.Scalar("single_holder", required: false)?.Flag() ?? true,
                role.Phrases("phrases", required: true),
                role.Phrases("plural"),
                ReadCountryPhrases(role, countries),
                role.Mark));
        }

        return (roles, lexicon);
    }

    private static List<CountryRolePhrases> ReadCountryPhrases(MapReader role, KnownIds countries)
    {
        var result = new List<CountryRolePhrases>();
        foreach (var item in role.List("country_phrases", required: false)?.Items ?? [])
        {
            if (MapReader.From(item, role.Context, $"country_phrases of {role.Description}", CountryPhraseKeys) is not { } entry)
            {
                continue;
            }

            var countryScalar = entry.Scalar("country");
            var country = countryScalar?.NonEmpty();
            if (countryScalar is not null && country is not null)
            {
                countries.Check(country, countryScalar);
            }

            result.Add(new CountryRolePhrases(country ?? "", entry.Phrases("phrases", required: true), entry.Mark));
        }

        return result;
    }
}
