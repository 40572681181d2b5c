namespace Graph.Dates;

/// <summary>One step of the vocabulary trie: a normalised token leads to the next node.</summary>
internal sealed class DateTrieNode
{
    private readonly Dictionary<string, DateTrieNode> _children = new(StringComparer.Ordinal);

    /// <summary>The meanings of the phrase that ends here, if one does.</summary>
    public DateWord? Word { get; set; }

    public DateTrieNode GetOrAdd(string token)
    {
        if (!_children.TryGetValue(token, out var child))
        {
            child = new DateTrieNode();
            _children.Add(token, child);
        }

        return child;
    }

    /// <summary>Looks a token up without allocating a string for it.</summary>
    public DateTrieNode? Next(ReadOnlySpan<char> token) =>
        _children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var child) ? child : null;
}
