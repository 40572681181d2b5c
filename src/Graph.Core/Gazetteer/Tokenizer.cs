namespace Graph.Gazetteer;

/// <summary>Splits normalised text into words (runs of letters, digits and combining marks).</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsWordChar(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                tokens.Add(new Token(start, i - start));
                start = -1;
            }
        }
        if (start >= 0)
        {
            tokens.Add(new Token(start, text.Length - start));
        }
        return tokens;
    }

    public static IReadOnlyList<string> Words(string text) =>
        Tokenize(text).Select(token => text.Substring(token.Start, token.Length)).ToList();

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
