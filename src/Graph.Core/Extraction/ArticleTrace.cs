using Graph.Articles;
using Graph.Dates;
using Graph.Facts;
using Graph.Gazetteer;
using Graph.Rules;
using Graph.Text;

namespace Graph.Extraction;

/// <summary>Everything the extraction saw and decided for one article, for `explain`.</summary>
public sealed record ArticleTrace(
    ArticleExtraction Result,
    CleanedPage? Page,
    NormalizedText? Text,
    IReadOnlyList<SentenceView> Sentences,
    IReadOnlyList<Token> Tokens,
    ArticleAnalysis? Analysis,
    ResolvedDate? Published);
