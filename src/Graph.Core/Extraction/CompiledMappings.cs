using Graph.Articles;
using Graph.Dates;
using Graph.Gazetteer;
using Graph.Mappings;
using Graph.Rules;
using Graph.Text;

namespace Graph.Extraction;

/// <summary>The mappings compiled once for a run: the phrase trie, the date finder, the page cleaner and the roster.</summary>
public sealed class CompiledMappings
{
    private CompiledMappings(MappingSet set)
    {
        Set = set;
        Languages = set.Languages;
        Gazetteer = PhraseGazetteer.Build(set, set.Languages, TextNormalizer.NormalizePhrase);
        DateFinder = new DateExpressionFinder(set.Dates, TextNormalizer.NormalizePhrase);
        Cleaner = new PageCleaner(set.Sources);
        Roster = new Roster(set.Officials);
        PublicationLabels = set.Sources.Sites.Prepend(set.Sources.Generic)
            .SelectMany(site => site.PublicationLabels)
            .Select(TextNormalizer.NormalizePhrase)
            .Where(label => label.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(label => label.Length)
            .ToList();
        var capitals = set.Countries
            .SelectMany(country => country.Cities.Where(city => city.Capital).Select(city => (country.Id, city.Name)))
            .GroupBy(pair => pair.Id)
            .ToDictionary(group => group.Key, group => group.First().Name, StringComparer.Ordinal);
        Engine = new ContactEngine(Roster, set.Languages, capitals);
        _abbreviations = LanguageCodes.All.ToDictionary(
            language => language,
            language => (IReadOnlySet<string>)(set.Languages.Abbreviations ?? PhraseSet.Empty).For(language)
                .Select(TextNormalizer.NormalizePhrase).ToHashSet(StringComparer.Ordinal));
    }

    private readonly Dictionary<Language, IReadOnlySet<string>> _abbreviations;

    public MappingSet Set { get; }

    /// <summary>Every publication-date label of the source rules, normalised, longest first.</summary>
    public IReadOnlyList<string> PublicationLabels { get; }

    public LanguageSettings Languages { get; }

    public PhraseGazetteer Gazetteer { get; }

    public DateExpressionFinder DateFinder { get; }

    public PageCleaner Cleaner { get; }

    public Roster Roster { get; }

    public ContactEngine Engine { get; }

    /// <summary>The abbreviations after which a dot does not end a sentence, normalised.</summary>
    public IReadOnlySet<string> AbbreviationsFor(Language language) => _abbreviations[language];

    public static CompiledMappings Compile(MappingSet set) => new(set);
}
