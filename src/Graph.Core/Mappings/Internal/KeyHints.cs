namespace Graph.Mappings.Internal;

/// <summary>Builds "did you mean" hints from the words a place in the file accepts.</summary>
internal static class KeyHints
{
    public static string Suggest(string given, IReadOnlyCollection<string> allowed, string listName)
    {
        var list = $"{listName}: {string.Join(", ", allowed)}";
        var nearest = Nearest(given, allowed);
        return nearest is null ? list : $"did you mean '{nearest}'? {list}";
    }

    private static string? Nearest(string given, IEnumerable<string> allowed)
    {
        var lowered = given.ToLowerInvariant();
        var best = allowed
            .Select(word => (Word: word, Distance: Distance(lowered, word.ToLowerInvariant())))
            .OrderBy(candidate => candidate.Distance)
            .ThenByDescending(candidate => CommonPrefix(lowered, candidate.Word.ToLowerInvariant()))
            .FirstOrDefault();
        // A third of the word may be wrong: "nmes" -> "names", "singel_holder" -> "single_holder", not "to" -> "id".
        return best.Word is not null && best.Distance <= Math.Max(1, best.Word.Length / 3) ? best.Word : null;
    }

    // Ties go to the word that starts the same way: "US" -> "USA" rather than "RUS".
    private static int CommonPrefix(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        return length;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
