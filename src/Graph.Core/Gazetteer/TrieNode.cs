namespace Graph.Gazetteer;

/// <summary>A node of the word trie: children by word form, and the entries of a phrase ending here.</summary>
internal sealed class TrieNode
{
    private readonly Dictionary<string, TrieNode> _children = new(StringComparer.Ordinal);
    private Dictionary<string, TrieNode>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private List<Entry>? _entries;

    public IReadOnlyList<Entry> Entries => (IReadOnlyList<Entry>?)_entries ?? [];

    public bool HasEntries => _entries is { Count: > 0 };

    public TrieNode GetOrAdd(string word)
    {
        if (!_children.TryGetValue(word, out var child))
        {
            child = new TrieNode();
            _children.Add(word, child);
        }
        return child;
    }

    public void AddEntry(Entry entry)
    {
        _entries ??= [];
        if (!_entries.Contains(entry))
        {
            _entries.Add(entry);
        }
    }

    public void Seal()
    {
        _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var child in _children.Values)
        {
            child.Seal();
        }
    }

    public TrieNode? Find(ReadOnlySpan<char> word) =>
        _children.Count > 0 && _lookup.TryGetValue(word, out var child) ? child : null;
}
