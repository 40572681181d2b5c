using Graph.Text;

namespace Graph.Mappings;

/// <summary>Phrases per language, as written in a mapping file (not yet normalised).</summary>
public sealed record PhraseSet(IReadOnlyDictionary<Language, IReadOnlyList<string>> ByLanguage)
{
    public static PhraseSet Empty { get; } = new(new Dictionary<Language, IReadOnlyList<string>>());

    public IReadOnlyList<string> For(Language language) =>
        ByLanguage.TryGetValue(language, out var phrases) ? phrases : [];

    public IEnumerable<(Language Language, string Phrase)> All =>
        ByLanguage.SelectMany(pair => pair.Value.Select(phrase => (pair.Key, phrase)));
}
