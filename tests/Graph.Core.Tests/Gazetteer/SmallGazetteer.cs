using Graph.Gazetteer;
using Graph.Mappings;
using Graph.Text;

namespace Graph.Tests.Gazetteer;

/// <summary>
/// A gazetteer of a few phrases of one language, with the morphology the test gives, so that one
/// matching rule can be seen without the rest of the mappings. Roles only: the role id is the phrase.
/// </summary>
internal static class SmallGazetteer
{
    public static PhraseGazetteer Build(Language language, LanguageMorphology morphology, params string[] phrases)
    {
        var set = Support.TestExtractor.Compiled.Set;
        var roles = phrases
            .Select(phrase => new RoleMapping(phrase, phrase, true, Phrases(language, phrase), PhraseSet.Empty, [], SourceMark.None))
            .ToList();
        var none = PhraseSet.Empty;
        var small = set with
        {
            Countries = [],
            Officials = [],
            Roles = roles,
            Lexicon = new Lexicon(none, none),
            Contacts = new ContactMapping([], none, none, none, none, none, none, none, none, none),
        };
        var languages = LanguageSettings.Empty with { Morphology = new Dictionary<Language, LanguageMorphology> { [language] = morphology } };
        return PhraseGazetteer.Build(small, languages, TextNormalizer.NormalizePhrase);
    }

    public static LanguageMorphology Morphology(
        IReadOnlyList<string>? prefixes = null, IReadOnlyList<string>? suffixes = null, IReadOnlyList<string>? endings = null, bool joinWords = false) =>
        new(prefixes ?? [], suffixes ?? [], endings ?? [], [], joinWords, ModifiersBefore: false, ModifiersAfter: true);

    private static PhraseSet Phrases(Language language, string phrase) =>
        new(new Dictionary<Language, IReadOnlyList<string>> { [language] = [phrase] });
}
