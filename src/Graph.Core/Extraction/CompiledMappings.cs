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
        Engine = new ContactEngine(Roster, set.Languages);
    }

    public MappingSet Set { get; }

    public LanguageSettings Languages { get; }

    public PhraseGazetteer Gazetteer { get; }

    public DateExpressionFinder DateFinder { get; }

    public PageCleaner Cleaner { get; }

    public Roster Roster { get; }

    public ContactEngine Engine { get; }

    public static CompiledMappings Compile(MappingSet set) => new(set);
}
