namespace Graph.Text;

/// <summary>
/// Tells the language of an article from its letters: the dominant script (Arabic, Cyrillic, Latin), then
/// Persian or Arabic by letters only one of them writes (پ چ ژ گ and Persian ی ک against ة ى) and by how
/// often words carry the Arabic article ال. Only prose lines (several words) are counted when there are
/// enough of them, and each line weighs by its number of words, so that menus, headings and "follow us"
/// lines in another script do not outweigh the story's paragraphs.
/// </summary>
public static class LanguageDetector
{
    /// <summary>Fewer letters than this say too little to name a language.</summary>
    public const int MinLetters = 20;

    private const int MinProseWords = 5;
    private const int MaxLineWeight = 50;
    private const double MinDominantShare = 0.6;
    private const int EnoughLetters = 2000;

    public static Language Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = Count(text, proseOnly: true);
        if (counts.UnweightedLetters < MinLetters)
        {
            counts = Count(text, proseOnly: false);
        }
        if (counts.UnweightedLetters < MinLetters)
        {
            return Language.Unknown;
        }
        var threshold = counts.Letters * MinDominantShare;
        if (counts.Arabic >= threshold)
        {
            return counts.PersianScore > counts.ArabicScore ? Language.Fa : Language.Ar;
        }
        if (counts.Cyrillic >= threshold)
        {
            return Language.Ru;
        }
        return counts.Latin >= threshold ? Language.En : Language.Unknown;
    }

    private static ScriptCounts Count(string text, bool proseOnly)
    {
        var total = new ScriptCounts();
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var words = WordCount(line);
            if (proseOnly && words < MinProseWords)
            {
                continue;
            }
            total.Add(line, proseOnly ? Math.Min(words, MaxLineWeight) : 1);
            if (total.UnweightedLetters >= EnoughLetters)
            {
                // A few thousand letters of prose settle the script; a long page need not be read to the end.
                break;
            }
        }
        return total;
    }

    private static int WordCount(ReadOnlySpan<char> line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = Scripts[c] != NotALetter || char.IsDigit(c);
            if (letter && !inWord)
            {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private const byte NotALetter = 0;
    private const byte OtherScript = 1;
    private const byte ArabicScript = 2;
    private const byte CyrillicScript = 3;
    private const byte LatinScript = 4;

    // The script of every UTF-16 unit, worked out once: detection is then one look-up per character.
    private static readonly byte[] Scripts = BuildScripts();

    private static byte[] BuildScripts()
    {
        var table = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = !char.IsLetter(c) ? NotALetter
                : c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' ? ArabicScript
                : c is >= '\u0400' and <= '\u04FF' ? CyrillicScript
                : c <= '\u024F' ? LatinScript
                : OtherScript;
        }
        return table;
    }

    private struct ScriptCounts
    {
        public int UnweightedLetters;
        public int Letters;
        public int Arabic;
        public int Cyrillic;
        public int Latin;
        private int _persianOnly;
        private int _persianYehKaf;
        private int _tehMarbuta;
        private int _alefMaksura;
        private int _definiteArticles;

        /// <summary>
        /// Persian-only letters weigh more than Persian yeh and kaf, which legacy Persian pages write with
        /// the Arabic code points. The Arabic yeh and kaf count for neither language for the same reason.
        /// </summary>
        public readonly int PersianScore => (3 * _persianOnly) + _persianYehKaf;

        public readonly int ArabicScore => (3 * _tehMarbuta) + _alefMaksura + (3 * _definiteArticles);

        public void Add(ReadOnlySpan<char> line, int weight)
        {
            var previous = ' ';
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                var script = Scripts[c];
                if (script == NotALetter)
                {
                    previous = c;
                    continue;
                }
                UnweightedLetters++;
                Letters += weight;
                if (script == ArabicScript)
                {
                    Arabic += weight;
                    CountArabicLetter(line, i, previous, weight);
                }
                else if (script == CyrillicScript)
                {
                    Cyrillic += weight;
                }
                else if (script == LatinScript)
                {
                    Latin += weight;
                }
                previous = c;
            }
        }

        private void CountArabicLetter(ReadOnlySpan<char> line, int i, char previous, int weight)
        {
            switch (line[i])
            {
                case '\u067E' or '\u0686' or '\u0698' or '\u06AF':
                    _persianOnly += weight;
                    break;
                case '\u06CC' or '\u06A9':
                    _persianYehKaf += weight;
                    break;
                case '\u0629':
                    _tehMarbuta += weight;
                    break;
                case '\u0649':
                    _alefMaksura += weight;
                    break;
                case '\u0627' when !char.IsLetter(previous) && i + 1 < line.Length && line[i + 1] == '\u0644':
                    _definiteArticles += weight;
                    break;
                default:
                    break;
            }
        }
    }
}
