namespace Graph.Dates;

/// <summary>
/// Splits normalised text into <see cref="DateToken"/>s. Vocabulary phrases go through the same split,
/// so "Sept." and "г." match as word + dot. Line breaks become tokens so that no date spans two lines.
/// </summary>
internal static class DateTokenizer
{
    public static List<DateToken> Tokenize(string text)
    {
        var tokens = new List<DateToken>(text.Length / 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c != '\n' && char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            DateTokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                kind = DateTokenKind.Number;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsLetter(c))
            {
                kind = DateTokenKind.Word;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }
            }
            else
            {
                kind = DateTokenKind.Symbol;
                i++;
            }

            tokens.Add(new DateToken(kind, start, i - start));
        }

        return tokens;
    }
}
