using Graph.Text;
using YamlDotNet.RepresentationModel;

namespace Graph.Mappings.Internal;

/// <summary>Reads languages.yaml: per-language morphology and the words that point back to countries.</summary>
internal static class LanguagesFile
{
    public const string Name = "languages.yaml";

    public static readonly string[] RootKeys =
        ["languages", "this_country", "both_countries", "locatives", "directionals", "pair_references", "person_references"];

    private static readonly string[] LanguageKeys =
        ["prefixes", "suffixes", "stem_endings", "suffix_rewrites", "join_words", "modifiers_before", "modifiers_after"];

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
                    entry.Scalar("modifiers_after", required: false)?.Flag() ?? true);
            }
        }
        else if (root.Node("languages", required: false) is { } wrong)
        {
            root.Context.Error(wrong, "'languages' must be a map from language code to settings");
        }
        return new LanguageSettings(morphology, root.Phrases("this_country"), root.Phrases("both_countries"), root.Phrases("locatives"),
            root.Phrases("directionals"), root.Phrases("pair_references"), root.Phrases("person_references"));
    }
}
