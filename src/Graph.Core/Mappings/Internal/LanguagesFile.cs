using Graph.Text;
using YamlDotNet.RepresentationModel;

namespace Graph.Mappings.Internal;

/// <summary>Reads languages.yaml: per-language morphology and the words that point back to countries.</summary>
internal static class LanguagesFile
{
    public const string Name = "languages.yaml";

    public static readonly string[] RootKeys =
        ["languages", "this_country", "both_countries", "locatives", "directionals", "pair_references", "person_references", "conjunctions", "capital_words", "abbreviations"];

    private static readonly string[] LanguageKeys =
        ["prefixes", "suffixes", "stem_endings", "suffix_rewrites", "join_words", "modifiers_before", "modifiers_after", "verb_final", "name_stem_endings"];

    private static readonly string[] PairKeys = ["roles", "phrases"];

    private static List<PairReference> PairReferences(MapReader root)
    {
        var pairs = new List<PairReference>();
        foreach (var item in root.List("pair_references", required: false)?.Items ?? [])
        {
            if (MapReader.From(item, root.Context, "a pair reference", PairKeys) is { } pair)
            {
                pairs.Add(new PairReference(pair.Strings("roles"), pair.Phrases("phrases", required: true)));
            }
        }
        return pairs;
    }

    public static LanguageSettings Read(MapReader root)
    {
        var morphology = new Dictionary<Language, LanguageMorphology>();
        if (root.Node("languages", required: true) is YamlMappingNode languages)
        {
            foreach (var (key, value) in languages.Children)
            {
                var code = (key as YamlScalarNode)?.Value;
                if (!LanguageCodes.TryParse(code, out var language))
                {
                    root.Context.Error(key, $"unknown language '{code}' in languages", "allowed: fa, ar, en, ru");
                    continue;
                }
                if (MapReader.From(value, root.Context, $"language '{code}'", LanguageKeys) is not { } entry)
                {
                    continue;
                }
                morphology[language] = new LanguageMorphology(
                    entry.Strings("prefixes"),
                    entry.Strings("suffixes"),
                    entry.Strings("stem_endings"),
                    entry.Strings("suffix_rewrites"),
                    entry.Scalar("join_words", required: false)?.Flag() ?? false,
                    entry.Scalar("modifiers_before", required: false)?.Flag() ?? true,
                    entry.Scalar("modifiers_after", required: false)?.Flag() ?? true,
                    entry.Scalar("verb_final", required: false)?.Flag() ?? false,
                    entry.Strings("name_stem_endings"));
            }
        }
        else if (root.Node("languages", required: false) is { } wrong)
        {
            root.Context.Error(wrong, "'languages' must be a map from language code to settings");
        }
        return new LanguageSettings(morphology, root.Phrases("this_country"), root.Phrases("both_countries"), root.Phrases("locatives"),
            root.Phrases("directionals"), PairReferences(root), root.Phrases("person_references"),
            root.Phrases("conjunctions"), root.Phrases("capital_words"), root.Phrases("abbreviations"));
    }
}
