namespace Graph.Text;

/// <summary>
/// Splits normalised text into sentences: at . ! ? ؟ ۔ and at every line break. A period does not end a
/// sentence inside a number (2.5, 18.02.1399), when a letter or digit follows it directly (u.s, a URL),
/// after a single letter (an initial), or after a word the caller lists as an abbreviation. Semicolons
/// (; ؛) join clauses, not sentences.
/// </summary>
public static class SentenceSplitter
{
    /// <param name="normalizedText">Text from <see cref="TextNormalizer"/> (lower case, ASCII digits).</param>
    /// <param name="abbreviations">
    /// Words that a period does not end, written with their final period in normalised form ("mr.",
    /// "u.s.", "т.е."); without it only the structural rules apply.
    /// </param>
    public static IReadOnlyList<TextSpan> Split(string normalizedText, IReadOnlySet<string>? abbreviations = null)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var spans = new List<TextSpan>();
        var start = 0;
        var i = 0;
        while (i < normalizedText.Length)
        {
            var c = normalizedText[i];
            if (c == '\n')
            {
                AddTrimmed(normalizedText, start, i, spans);
                start = ++i;
                continue;
            }
            if (!IsTerminator(c) || (c == '.' && !EndsSentence(normalizedText, i, abbreviations)))
            {
                i++;
                continue;
            }
            var end = SkipClosers(normalizedText, i + 1);
            AddTrimmed(normalizedText, start, end, spans);
            start = i = end;
        }
        AddTrimmed(normalizedText, start, normalizedText.Length, spans);
        return spans;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u061F' or '\u06D4';

    /// <summary>Further terminators and closing quotes or brackets belong to the sentence they end.</summary>
    private static int SkipClosers(string text, int i)
    {
        while (i < text.Length && (IsTerminator(text[i]) || text[i] is '"' or '\'' or ')' or ']' or '»' or '”'))
        {
            i++;
        }
        return i;
    }

    private static bool EndsSentence(string text, int dot, IReadOnlySet<string>? abbreviations)
    {
        if (dot + 1 < text.Length && char.IsLetterOrDigit(text[dot + 1]))
        {
            return false;
        }
        var wordStart = dot;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('"' or '(' or '\''))
        {
            wordStart--;
        }
        var lastPart = dot;
        while (lastPart > wordStart && char.IsLetter(text[lastPart - 1]))
        {
            lastPart--;
        }
        if (dot - lastPart == 1 && (lastPart == wordStart || text[lastPart - 1] == '.'))
        {
            return false;
        }
        return abbreviations is null || !abbreviations.Contains(text[wordStart..(dot + 1)]);
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            spans.Add(new TextSpan(start, end - start));
        }
    }
}
