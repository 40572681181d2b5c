namespace Graph.Tests.Mappings;

/// <summary>Finds the 1-based line and column of a snippet, so tests state where an error must point.</summary>
internal static class TextPosition
{
    public static (int Line, int Column) Of(string text, string snippet, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(snippet, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{snippet}' occurs fewer than {occurrence} times", nameof(snippet));
            }
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var line = text.AsSpan(0, index).Count('\n') + 1;
        return (line, index - lineStart + 1);
    }
}
