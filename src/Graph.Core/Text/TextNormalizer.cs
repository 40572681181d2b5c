using System.Runtime.InteropServices;

namespace Graph.Text;

/// <summary>
/// Brings article text and mapping phrases to one reference form so that a phrase written one way finds
/// the text written another way: Arabic and Persian letter variants folded, hamza forms and diacritics
/// dropped, joiners and direction marks removed, digits made ASCII, letters lower-cased, whitespace runs
/// collapsed to one space while newlines (paragraph boundaries) are kept. One pass over the characters,
/// since it runs on all of every article.
/// </summary>
public static class TextNormalizer
{
    private const char PersianYeh = '\u06CC';
    private const char PersianKaf = '\u06A9';
    private const char Alef = '\u0627';
    private const char Heh = '\u0647';
    private const char Waw = '\u0648';
    /// <summary>What <see cref="Fold"/> returns for a character that is dropped (a NUL in the input goes too).</summary>
    private const char Removed = '\0';

    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new char[text.Length];
        var map = new int[text.Length + 1];
        var length = 0;
        var pendingSpace = -1;
        var pendingNewlines = 0;
        var firstNewline = -1;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && i > 0 && text[i - 1] == '\r')
            {
                continue;
            }
            if (IsNewline(c))
            {
                if (pendingNewlines == 0)
                {
                    firstNewline = i;
                }
                pendingNewlines++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (pendingSpace < 0)
                {
                    pendingSpace = i;
                }
                continue;
            }
            var folded = FoldTable[c];
            if (folded == Removed)
            {
                continue;
            }
            FlushWhitespace();
            map[length] = i;
            output[length++] = folded;
        }
        FlushWhitespace();
        map[length] = text.Length;

        var finalMap = length == text.Length ? map : map[..(length + 1)];
        return new NormalizedText(
            text,
            new string(output, 0, length),
            ImmutableCollectionsMarshal.AsImmutableArray(finalMap));

        // A run of whitespace becomes its line breaks if it has any (spaces around a break carry
        // nothing), otherwise one space.
        void FlushWhitespace()
        {
            if (pendingNewlines > 0)
            {
                for (var n = 0; n < pendingNewlines; n++)
                {
                    map[length] = firstNewline;
                    output[length++] = '\n';
                }
            }
            else if (pendingSpace >= 0)
            {
                map[length] = pendingSpace;
                output[length++] = ' ';
            }
            pendingSpace = -1;
            pendingNewlines = 0;
        }
    }

    /// <summary>A mapping phrase (or a page line) in the same form as normalised article text, trimmed; no offset map.</summary>
    public static string NormalizePhrase(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var output = new char[phrase.Length];
        var length = 0;
        var space = false;
        foreach (var c in phrase)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            var folded = FoldTable[c];
            if (folded == Removed)
            {
                continue;
            }
            if (space)
            {
                output[length++] = ' ';
                space = false;
            }
            output[length++] = folded;
        }
        return new string(output, 0, length);
    }

    /// <summary>Every UTF-16 unit folded once at start-up: normalising is then one table look-up per character.</summary>
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = Fold((char)c);
        }
        return table;
    }

    private static bool IsNewline(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    private static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        return c switch
        {
            '\u064A' or '\u0649' or '\u06CC' or '\u0626' => PersianYeh,
            '\u0643' or '\u06AA' => PersianKaf,
            '\u0623' or '\u0625' or '\u0622' or '\u0671' or '\u0672' or '\u0673' => Alef,
            '\u0629' or '\u06C0' or '\u06BE' or '\u06C1' => Heh,
            '\u0624' => Waw,
            '\u0621' or '\u0640' or '\u0670' => Removed,
            >= '\u064B' and <= '\u065F' => Removed,
            '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u00AD' => Removed,
            >= '\u202A' and <= '\u202E' => Removed,
            >= '\u2066' and <= '\u2069' => Removed,
            >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
            >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
            '\u066B' => '.',
            '\u066C' => ',',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' => '"',
            '\u2018' or '\u2019' or '\u201A' or '\u201B' => '\'',
            >= '\u2010' and <= '\u2015' or '\u2212' => '-',
            '\u0451' or '\u0401' => '\u0435',
            _ => char.ToLowerInvariant(c),
        };
    }
}
