using Graph.Mappings;

namespace Graph.Dates;

/// <summary>
/// Finds date expressions in normalised text: written dates in the Gregorian and Solar Hijri calendars
/// (month names or numbers), weekdays and relative day words, in every language of the vocabulary.
/// Build it once; <see cref="Find"/> is safe to call from several threads.
/// </summary>
public sealed class DateExpressionFinder
{
    private readonly DateLexicon _lexicon;

    /// <param name="vocabulary">The month, weekday, relative-day, filler and era phrases.</param>
    /// <param name="normalizePhrase">The normalisation applied to article text, applied here to every phrase.</param>
    public DateExpressionFinder(DateVocabulary vocabulary, Func<string, string> normalizePhrase)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(normalizePhrase);
        _lexicon = new DateLexicon(vocabulary, normalizePhrase);
    }

    /// <summary>Non-overlapping expressions, in text order, with offsets into <paramref name="normalizedText"/>.</summary>
    public IReadOnlyList<DateExpression> Find(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return new DateScan(normalizedText, _lexicon).FindAll();
    }
}
