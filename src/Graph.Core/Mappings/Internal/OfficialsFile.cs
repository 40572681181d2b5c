namespace Graph.Mappings.Internal;

/// <summary>Reads officials.yaml; also returns every name with its place, for the alias check.</summary>
internal static class OfficialsFile
{
    public const string Name = "officials.yaml";

    public static readonly string[] RootKeys = ["officials"];
    private static readonly string[] OfficialKeys = ["id", "name", "country", "names", "offices"];
    private static readonly string[] OfficeKeys = ["role", "country", "from", "to"];

    public static (IReadOnlyList<OfficialMapping> Officials, IReadOnlyList<AliasClaim> Aliases) Read(
        MapReader root, KnownIds countries, KnownIds roles)
    {
        var ids = new UniqueNames("official id");
        var officials = new List<OfficialMapping>();
        var aliases = new List<AliasClaim>();
        foreach (var item in root.List("officials")?.Items ?? [])
        {
            if (MapReader.From(item, root.Context, "an official", OfficialKeys) is not { } official)
            {
                continue;
            }

            var idScalar = official.Scalar("id");
            var id = idScalar?.Matching(Patterns.OfficialId(), "^[a-z0-9]+(-[a-z0-9]+)*$, the slug of the English name");
            if (idScalar is not null && id is not null)
            {
                ids.Claim(id, idScalar);
                official.Description = $"official {id}";
            }

            var country = ReadCountry(official.Scalar("country"), countries) ?? "";
            var marks = new List<MarkedPhrase>();
            var names = official.Phrases("names", required: true, marks);
            aliases.AddRange(marks.Select(mark => new AliasClaim(mark.Text, $"official {id}", mark.Mark)));
            officials.Add(new OfficialMapping(
                id ?? "",
                official.Scalar("name")?.NonEmpty() ?? "",
                country,
                names,
                ReadOffices(official, country, countries, roles),
                official.Mark));
        }

        return (officials, aliases);
    }

    private static string? ReadCountry(ScalarReader? scalar, KnownIds countries)
    {
        var country = scalar?.NonEmpty();
        if (scalar is not null && country is not null)
        {
            countries.Check(country, scalar);
        }

        return country;
    }

    private static List<Office> ReadOffices(MapReader official, string officialCountry, KnownIds countries, KnownIds roles)
    {
        var offices = new List<Office>();
        foreach (var item in official.List("offices", required: false)?.Items ?? [])
        {
            if (MapReader.From(item, official.Context, $"an office of {official.Description}", OfficeKeys) is not { } office)
            {
                continue;
            }

            var roleScalar = office.Scalar("role");
            var role = roleScalar?.NonEmpty();
            if (roleScalar is not null && role is not null)
            {
                roles.Check(role, roleScalar);
            }

            var country = office.Node("country", required: false) is null
                ? officialCountry
                : ReadCountry(office.Scalar("country"), countries);
            var from = office.Scalar("from")?.Date();
            var toScalar = office.Scalar("to", required: false);
            // "to:" left empty reads naturally as "still in office", like leaving it out.
            var to = toScalar is { IsNull: false } ? toScalar.Date() : null;
            if (from is { } start && to is { } end && end < start)
            {
                toScalar!.Error($"office '{role}' ends on {end:yyyy-MM-dd}, before it starts on {start:yyyy-MM-dd}",
                    "'from' must not be later than 'to'");
            }

            // An office without a valid start cannot be placed in time; its error is already reported.
            if (role is not null && country is not null && from is not null)
            {
                offices.Add(new Office(role, country, from.Value, to, office.Mark));
            }
        }

        return offices;
    }
}
