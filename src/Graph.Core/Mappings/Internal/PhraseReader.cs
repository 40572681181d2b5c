using Graph.Text;
using YamlDotNet.RepresentationModel;

namespace Graph.Mappings.Internal;

/// <summary>Reads a phrase map: language code -> list of non-empty phrases.</summary>
internal static class PhraseReader
{
    private static readonly string[] Codes = [.. LanguageCodes.All.Select(language => language.ToCode())];

    public static PhraseSet Read(YamlNode node, ReadContext context, string what, List<MarkedPhrase>? marks = null)
    {
        if (node is not YamlMappingNode mapping)
        {
            context.Error(node, $"{what} must be a map from language to phrases, not {NodeKinds.Describe(node)}",
                "write {en: [...], fa: [...], ar: [...], ru: [...]}");
            return PhraseSet.Empty;
        }

        var byLanguage = new Dictionary<Language, IReadOnlyList<string>>();
        foreach (var (key, value) in mapping.Children)
        {
            var code = key is YamlScalarNode scalar ? scalar.Value ?? "" : "";
            if (!LanguageCodes.TryParse(code, out var language))
            {
                context.Error(key, $"unknown language '{code}' in {what}", KeyHints.Suggest(code, Codes, "languages"));
                continue;
            }

            byLanguage[language] = ReadList(value, context, $"{code} of {what}", language, marks);
        }

        return new PhraseSet(byLanguage);
    }

    private static List<string> ReadList(YamlNode node, ReadContext context, string what, Language language, List<MarkedPhrase>? marks)
    {
        var phrases = new List<string>();
        foreach (var scalar in ListReader.From(node, context, what)?.Scalars() ?? [])
        {
            if (scalar.NonEmpty() is { } phrase)
            {
                phrases.Add(phrase);
                marks?.Add(new MarkedPhrase(language, phrase, scalar.Mark));
            }
        }

        return phrases;
    }
}
