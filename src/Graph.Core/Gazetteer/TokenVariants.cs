using Graph.Mappings;

namespace Graph.Gazetteer;

/// <summary>
/// The forms under which a word may be looked up: itself, without proclitics, without enclitics, and
/// without an inflection ending. Both the listed phrases and the text go through it, so that a stem
/// shared by "Лавров" and "Лаврова" meets.
/// </summary>
internal sealed class TokenVariants
{
    // A clitic never leaves a two-letter word: "سلم" is not "س" + "لم".
    private const int MinimumRemainder = 3;
    private const int MinimumStem = 3;

    private readonly (string From, string To)[] _prefixes;
    private readonly Dictionary<char, string[]> _suffixes;
    private readonly Dictionary<char, string[]> _endings;
    private readonly string[] _allEndings;
    private readonly string[] _nameEndings;
    private readonly (string From, string To)[] _rewrites;

    public TokenVariants(LanguageMorphology morphology, Func<string, string> normalize)
    {
        _prefixes = morphology.Prefixes
            .Select(prefix => prefix.Split('=', 2))
            .Select(parts => (normalize(parts[0]), parts.Length == 2 ? normalize(parts[1]) : ""))
            .Where(pair => pair.Item1.Length > 0)
            .OrderByDescending(pair => pair.Item1.Length)
            .ToArray();
        _suffixes = ByLastLetter(morphology.Suffixes.Select(normalize));
        _allEndings = morphology.StemEndings.Select(normalize).Where(s => s.Length > 0).OrderByDescending(s => s.Length).ToArray();
        _endings = ByLastLetter(_allEndings);
        _nameEndings = (morphology.NameStemEndings ?? []).Select(normalize).Where(s => s.Length > 0).ToArray();
        _rewrites = morphology.SuffixRewrites
            .Select(rewrite => rewrite.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (normalize(parts[0]), normalize(parts[1])))
            .ToArray();
        JoinWords = morphology.JoinWords;
    }

    public bool JoinWords { get; }

    /// <summary>The forms a listed word is registered under: itself and its stems.</summary>
    public IEnumerable<string> ForPattern(string word, bool name)
    {
        yield return word;
        foreach (var ending in name ? _nameEndings : _allEndings)
        {
            if (word.Length - ending.Length >= MinimumStem && word.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return word[..^ending.Length];
            }
        }
    }

    /// <summary>Adds every lookup form of the text word at [start, start + length), itself first.</summary>
    public void ForText(string text, int start, int length, List<Variant> output)
    {
        output.Add(new Variant(start, length, null));
        AddStripped(text, start, length, output);
        var word = text.AsSpan(start, length);
        foreach (var (from, to) in _prefixes)
        {
            if (length - from.Length < MinimumRemainder || !word.StartsWith(from, StringComparison.Ordinal))
            {
                continue;
            }
            if (to.Length > 0)
            {
                var rewritten = string.Concat(to, word[from.Length..]);
                output.Add(new Variant(0, rewritten.Length, rewritten));
                AddStripped(rewritten, 0, rewritten.Length, output, rewritten);
                continue;
            }
            var restStart = start + from.Length;
            var restLength = length - from.Length;
            output.Add(new Variant(restStart, restLength, null));
            AddStripped(text, restStart, restLength, output);
            var rest = text.AsSpan(restStart, restLength);
            foreach (var (inner, innerTo) in _prefixes)
            {
                if (innerTo.Length == 0 && restLength - inner.Length >= MinimumRemainder && rest.StartsWith(inner, StringComparison.Ordinal))
                {
                    output.Add(new Variant(restStart + inner.Length, restLength - inner.Length, null));
                }
            }
        }
    }

    private void AddStripped(string text, int start, int length, List<Variant> output, string? rewritten = null)
    {
        var word = text.AsSpan(start, length);
        if (length == 0)
        {
            return;
        }
        var last = word[^1];
        foreach (var suffix in _suffixes.GetValueOrDefault(last, []))
        {
            if (length - suffix.Length >= MinimumRemainder && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                output.Add(Slice(start, length - suffix.Length, rewritten));
                AddRewritten(word[..^suffix.Length], output);
            }
        }
        foreach (var ending in _endings.GetValueOrDefault(last, []))
        {
            if (length - ending.Length >= MinimumStem && word.EndsWith(ending, StringComparison.Ordinal))
            {
                output.Add(Slice(start, length - ending.Length, rewritten));
            }
        }
    }

    private void AddRewritten(ReadOnlySpan<char> stem, List<Variant> output)
    {
        foreach (var (from, to) in _rewrites)
        {
            if (from.Length > 0 && stem.Length > from.Length && stem.EndsWith(from, StringComparison.Ordinal))
            {
                var text = string.Concat(stem[..^from.Length], to);
                output.Add(new Variant(0, text.Length, text));
            }
        }
    }

    // Endings looked up by the word's last letter: a Russian word is checked against a handful, not all.
    private static Dictionary<char, string[]> ByLastLetter(IEnumerable<string> endings) =>
        endings.Where(e => e.Length > 0)
            .GroupBy(e => e[^1])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Length).ToArray());

    private static Variant Slice(int start, int length, string? rewritten) =>
        rewritten is null ? new Variant(start, length, null) : new Variant(0, length, rewritten[..length]);
}
