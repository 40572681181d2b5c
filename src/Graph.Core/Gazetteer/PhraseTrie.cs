using Graph.Text;

namespace Graph.Gazetteer;

/// <summary>
/// All phrases of one language in one word trie, matched in one left-to-right pass over the text:
/// at each word the longest phrase starting there wins. Words are compared through
/// <see cref="TokenVariants"/> so that clitics and inflection endings do not hide a match.
/// </summary>
internal sealed class PhraseTrie
{
    private const int MaximumJoinedWords = 5;

    // Reused across calls on one thread: the forms of every word of every article would otherwise be a new list each time.
    [ThreadStatic]
    private static List<Variant>? t_forms;

    private readonly TrieNode _root = new();
    private readonly TokenVariants _variants;
    private readonly Func<string, string> _normalize;

    public PhraseTrie(TokenVariants variants, Func<string, string> normalize)
    {
        _variants = variants;
        _normalize = normalize;
    }

    /// <param name="stem">Whether the listed words are registered under their full stems; names lose only
    /// the endings listed for names, since a surname's stem can be a first name ("Дмитриев" / "Дмитрий").</param>
    public void Add(string phrase, Entry entry, bool stem = true)
    {
        var words = Tokenizer.Words(_normalize(phrase));
        if (words.Count == 0)
        {
            return;
        }
        foreach (var spelling in Spellings(words))
        {
            AddPath(_root, spelling, 0, entry, stem);
        }
    }

    public void Seal() => _root.Seal();

    public IReadOnlyList<Mention> Match(string text, IReadOnlyList<Token> tokens)
    {
        var forms = t_forms ??= new List<Variant>(1024);
        forms.Clear();
        var firstForm = new int[tokens.Count + 1];
        for (var i = 0; i < tokens.Count; i++)
        {
            firstForm[i] = forms.Count;
            _variants.ForText(text, tokens[i].Start, tokens[i].Length, forms);
        }
        firstForm[tokens.Count] = forms.Count;

        var mentions = new List<Mention>(tokens.Count / 4);
        var walk = new Walk(text, tokens, forms, firstForm);
        var index = 0;
        while (index < tokens.Count)
        {
            var (last, entries) = walk.Longest(_root, index);
            if (entries is null)
            {
                index++;
                continue;
            }
            mentions.Add(new Mention(index, last, tokens[index].Start, tokens[last].End, entries));
            index = last + 1;
        }
        return mentions;
    }

    private IEnumerable<IReadOnlyList<string>> Spellings(IReadOnlyList<string> words)
    {
        yield return words;
        if (!_variants.JoinWords || words.Count < 2 || words.Count > MaximumJoinedWords)
        {
            yield break;
        }
        // Every way of running neighbouring words together, for scripts that lose the ZWNJ between them.
        var gaps = words.Count - 1;
        for (var mask = 1; mask < 1 << gaps; mask++)
        {
            var joined = new List<string> { words[0] };
            for (var gap = 0; gap < gaps; gap++)
            {
                if ((mask & (1 << gap)) != 0)
                {
                    joined[^1] += words[gap + 1];
                }
                else
                {
                    joined.Add(words[gap + 1]);
                }
            }
            yield return joined;
        }
    }

    private void AddPath(TrieNode node, IReadOnlyList<string> words, int index, Entry entry, bool stem)
    {
        if (index == words.Count)
        {
            node.AddEntry(entry);
            return;
        }
        var forms = _variants.ForPattern(words[index], name: !stem).Distinct(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            AddPath(node.GetOrAdd(form), words, index + 1, entry, stem);
        }
    }

    private sealed class Walk(string text, IReadOnlyList<Token> tokens, List<Variant> forms, int[] firstForm)
    {
        private readonly List<TrieNode> _best = [];
        private int _bestLast;

        /// <summary>The longest phrase starting at a word; when several forms of the words reach phrases of that length, all their entries.</summary>
        public (int Last, IReadOnlyList<Entry>? Entries) Longest(TrieNode root, int start)
        {
            _best.Clear();
            _bestLast = -1;
            Descend(root, start, start);
            return _best.Count switch
            {
                0 => (-1, null),
                1 => (_bestLast, _best[0].Entries),
                _ => (_bestLast, _best.SelectMany(n => n.Entries).Distinct().ToList()),
            };
        }

        private void Descend(TrieNode node, int start, int index)
        {
            if (index >= tokens.Count || (index > start && !Joinable(tokens[index - 1], tokens[index])))
            {
                return;
            }
            for (var f = firstForm[index]; f < firstForm[index + 1]; f++)
            {
                var child = node.Find(forms[f].In(text));
                if (child is null)
                {
                    continue;
                }
                if (child.HasEntries && index >= _bestLast)
                {
                    if (index > _bestLast)
                    {
                        _best.Clear();
                        _bestLast = index;
                    }
                    if (!_best.Contains(child))
                    {
                        _best.Add(child);
                    }
                }
                Descend(child, start, index + 1);
            }
        }

        // Words of one phrase may be separated by spaces, hyphens and quotes, never by a line or sentence end.
        private bool Joinable(Token left, Token right)
        {
            for (var i = left.End; i < right.Start; i++)
            {
                var c = text[i];
                if (c is '\n' or '.' or '!' or '?' or '؟' or ',' or '،' or ';' or '؛' or ':' or '(' or ')')
                {
                    return false;
                }
            }
            return right.Start - left.End <= 3;
        }
    }
}
