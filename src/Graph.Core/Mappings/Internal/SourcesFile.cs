using System.Text.RegularExpressions;

namespace Graph.Mappings.Internal;

/// <summary>Reads sources.yaml; every drop_lines pattern is compiled so that a bad one fails on load.</summary>
internal static class SourcesFile
{
    public const string Name = "sources.yaml";

    public static readonly string[] RootKeys = ["generic", "sites"];
    private static readonly string[] GenericKeys = ["end_markers", "drop_lines", "publication_labels", "ignore_date_labels"];
    private static readonly string[] SiteKeys = ["name", "detect", .. GenericKeys];

    public static SourceMapping Read(MapReader root)
    {
        var generic = root.Map("generic", GenericKeys, required: false) is { } map
            ? ReadRules(map, "generic", [])
            : new SiteRules("generic", [], [], [], [], [], root.Mark);
        var names = new UniqueNames("site name");
        var sites = new List<SiteRules>();
        foreach (var item in root.List("sites", required: false)?.Items ?? [])
        {
            if (MapReader.From(item, root.Context, "a site", SiteKeys) is not { } site)
            {
                continue;
            }

            var nameScalar = site.Scalar("name");
            var name = nameScalar?.NonEmpty();
            if (nameScalar is not null && name is not null)
            {
                names.Claim(name, nameScalar);
                site.Description = $"site {name}";
            }

            sites.Add(ReadRules(site, name ?? "", ReadDetect(site, name)));
        }

        return new SourceMapping(generic, sites);
    }

    private static IReadOnlyList<string> ReadDetect(MapReader site, string? name)
    {
        if (site.List("detect") is not { } list)
        {
            return [];
        }

        var detect = list.Strings();
        if (detect.Count == 0 && list.Items.Count == 0)
        {
            list.Error($"site '{name}' has no detect strings", "list at least one string that only this site's pages carry");
        }

        return detect;
    }

    private static SiteRules ReadRules(MapReader map, string name, IReadOnlyList<string> detect) => new(
        name,
        detect,
        map.Strings("end_markers"),
        ReadPatterns(map),
        map.Strings("publication_labels"),
        map.Strings("ignore_date_labels"),
        map.Mark);

    private static List<string> ReadPatterns(MapReader map)
    {
        var patterns = new List<string>();
        foreach (var scalar in map.List("drop_lines", required: false)?.Scalars() ?? [])
        {
            if (scalar.NonEmpty() is null)
            {
                continue;
            }

            // Leading and trailing spaces can be part of a pattern, so the text is taken as written.
            var pattern = scalar.Text;

            try
            {
                _ = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
                patterns.Add(pattern);
            }
            catch (ArgumentException exception)
            {
                scalar.Error($"drop_lines pattern '{pattern}' is not a valid regular expression: {exception.Message}",
                    "patterns are .NET regular expressions without lookarounds or backreferences (they run in linear time); in YAML write them in single quotes");
            }
        }

        return patterns;
    }
}
