using Graph.Articles;
using Graph.Extraction;
using Graph.Facts;

namespace Graph.Cli.Internal;

/// <summary>
/// Reads the inputs one at a time, in input order, and extracts each; an unreadable input becomes a
/// failed extraction naming the file and the reason, and the stream goes on.
/// </summary>
internal static class ArticleStream
{
    public static IEnumerable<ArticleExtraction> Extract(IEnumerable<string> inputs, long maxBytes, Extractor extractor)
    {
        foreach (var path in InputExpander.Expand(inputs))
        {
            var raw = ArticleReader.Read(path, maxBytes, out var failure);
            yield return raw is null
                ? ArticleExtraction.Unreadable(path, failure ?? "unreadable")
                : extractor.Extract(raw);
        }
    }
}
