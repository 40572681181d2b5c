using System.Text;

namespace Graph.Tests.Dates;

/// <summary>
/// A small stand-in for the project's text normaliser, doing what the finder relies on: Arabic/Persian
/// letter variants unified, diacritics, tatweel and ZWNJ removed, digits ASCII, spaces collapsed, lower case.
/// </summary>
internal static class TestNormalizer
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var mapped = c switch
            {
                'ي' or 'ى' => 'ی',
                'ك' => 'ک',
                'أ' or 'إ' or 'آ' => 'ا',
                'ة' => 'ه',
                >= '۰' and <= '۹' => (char)('0' + (c - '۰')),
                >= '٠' and <= '٩' => (char)('0' + (c - '٠')),
                _ => c,
            };
            if (mapped is '\u0640' or '\u200c' or (>= '\u064b' and <= '\u065f') or '\u0670')
            {
                continue;
            }

            if (mapped != '\n' && char.IsWhiteSpace(mapped))
            {
                if (builder.Length > 0 && builder[^1] == ' ')
                {
                    continue;
                }

                mapped = ' ';
            }

            builder.Append(char.ToLowerInvariant(mapped));
        }

        return builder.ToString();
    }
}
