namespace Graph.Text;

/// <summary>
/// Text after normalisation, with a map back to the original: <c>OriginalIndex[i]</c> is the index in
/// the original text of normalised character <c>i</c>; the map has one extra entry (the original length)
/// so that the end of a span maps too.
/// </summary>
public sealed record NormalizedText(string Original, string Text, IReadOnlyList<int> OriginalIndex)
{
    /// <summary>The original characters behind a span of the normalised text.</summary>
    public string OriginalSlice(TextSpan span)
    {
        var start = OriginalIndex[span.Start];
        var end = span.End >= OriginalIndex.Count ? Original.Length : OriginalIndex[span.End];
        if (span.End > span.Start && span.End < OriginalIndex.Count)
        {
            // The last normalised character may come from several original ones (a removed ZWNJ or
            // diacritic after it): end at the start of the next kept character.
            end = Math.Max(end, OriginalIndex[span.End - 1] + 1);
        }
        return Original[start..end];
    }
}
