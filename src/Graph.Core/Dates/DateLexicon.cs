using Graph.Mappings;

namespace Graph.Dates;

/// <summary>
/// The date vocabulary compiled once into a token trie: every phrase is normalised like article text
/// and split like it, so a lookup is one dictionary probe per token, whatever the size of the vocabulary.
/// </summary>
internal sealed class DateLexicon
{
    private readonly DateTrieNode _root = new();
    private readonly Func<string, string> _normalizePhrase;

    public DateLexicon(DateVocabulary vocabulary, Func<string, string> normalizePhrase)
    {
        _normalizePhrase = normalizePhrase;
        for (var i = 0; i < vocabulary.GregorianMonths.Count; i++)
        {
            Add(vocabulary.GregorianMonths[i], new DateWord(DateWordRoles.GregorianMonth, GregorianMonth: i + 1));
        }

        for (var i = 0; i < vocabulary.SolarHijriMonths.Count; i++)
        {
            Add(vocabulary.SolarHijriMonths[i], new DateWord(DateWordRoles.SolarHijriMonth, SolarHijriMonth: i + 1));
        }

        for (var i = 0; i < vocabulary.Weekdays.Count; i++)
        {
            Add(vocabulary.Weekdays[i], new DateWord(DateWordRoles.Weekday, Weekday: (DayOfWeek)i));
        }

        foreach (var relative in vocabulary.RelativeDays)
        {
            Add(relative.Phrases, new DateWord(DateWordRoles.RelativeDay, OffsetDays: relative.OffsetDays));
        }

        var ordinals = vocabulary.DayOrdinals ?? [];
        for (var i = 0; i < ordinals.Count; i++)
        {
            Add(ordinals[i], new DateWord(DateWordRoles.OrdinalDay, Day: i + 1));
        }

        Add(vocabulary.Fillers, new DateWord(DateWordRoles.Filler));
        Add(vocabulary.GregorianEra, new DateWord(DateWordRoles.GregorianEra));
        Add(vocabulary.SolarHijriEra, new DateWord(DateWordRoles.SolarHijriEra));
    }

    /// <summary>Whether some phrase starts with this token: lets the scan skip most words at once.</summary>
    public bool StartsPhrase(ReadOnlySpan<char> token) => _root.Next(token) is not null;

    /// <summary>The longest phrase starting at token <paramref name="index"/> that has one of <paramref name="roles"/>.</summary>
    public DateMatch? Match(string text, List<DateToken> tokens, int index, DateWordRoles roles)
    {
        DateMatch? best = null;
        var node = _root;
        for (var i = index; i < tokens.Count; i++)
        {
            var token = tokens[i];
            node = node.Next(text.AsSpan(token.Start, token.Length));
            if (node is null)
            {
                break;
            }

            if (node.Word is { } word && word.Has(roles))
            {
                best = new DateMatch(word, i + 1);
            }
        }

        return best;
    }

    private void Add(PhraseSet phrases, DateWord word)
    {
        foreach (var (_, phrase) in phrases.All)
        {
            var normalized = _normalizePhrase(phrase);
            var tokens = DateTokenizer.Tokenize(normalized);
            if (tokens.Count == 0)
            {
                continue;
            }

            var node = _root;
            foreach (var token in tokens)
            {
                node = node.GetOrAdd(normalized.Substring(token.Start, token.Length));
            }

            node.Word = node.Word is null ? word : node.Word.Merge(word, phrase);
        }
    }
}
