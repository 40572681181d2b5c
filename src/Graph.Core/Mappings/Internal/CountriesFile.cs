namespace Graph.Mappings.Internal;

/// <summary>Reads countries.yaml.</summary>
internal static class CountriesFile
{
    public const string Name = "countries.yaml";

    public static readonly string[] RootKeys = ["countries"];
    private static readonly string[] CountryKeys = ["id", "name", "names", "adjectives", "metonyms", "cities"];
    private static readonly string[] CityKeys = ["name", "capital", "names"];

    public static IReadOnlyList<CountryMapping> Read(MapReader root)
    {
        var ids = new UniqueNames("country id");
        var cityNames = new UniqueNames("city name");
        var countries = new List<CountryMapping>();
        foreach (var item in root.List("countries")?.Items ?? [])
        {
            if (MapReader.From(item, root.Context, "a country", CountryKeys) is not { } country)
            {
                continue;
            }

            var id = country.Scalar("id") is { } idScalar ? Claim(idScalar, ids) : null;
            if (id is not null)
            {
                country.Description = $"country {id}";
            }
            countries.Add(new CountryMapping(
                id ?? "",
                country.Scalar("name")?.NonEmpty() ?? "",
                country.Phrases("names", required: true),
                country.Phrases("adjectives"),
                country.Phrases("metonyms"),
                ReadCities(country, cityNames),
                country.Mark));
        }

        return countries;
    }

    private static string? Claim(ScalarReader scalar, UniqueNames ids)
    {
        var id = scalar.Matching(Patterns.CountryId(), "^[A-Z]{3}$ (ISO-3166 alpha-3, e.g. RUS)");
        if (id is not null)
        {
            ids.Claim(id, scalar);
        }

        return id;
    }

    private static List<CityMapping> ReadCities(MapReader country, UniqueNames cityNames)
    {
        var cities = new List<CityMapping>();
        foreach (var item in country.List("cities", required: false)?.Items ?? [])
        {
            if (MapReader.From(item, country.Context, "a city", CityKeys) is not { } city)
            {
                continue;
            }

            var nameScalar = city.Scalar("name");
            var name = nameScalar?.NonEmpty();
            if (nameScalar is not null && name is not null)
            {
                cityNames.Claim(name, nameScalar);
                city.Description = $"city {name}";
            }

            cities.Add(new CityMapping(
                name ?? "",
                city.Scalar("capital", required: false)?.Flag() ?? false,
                city.Phrases("names", required: true),
                city.Mark));
        }

        return cities;
    }
}
