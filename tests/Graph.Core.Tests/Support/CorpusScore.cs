using Graph.Evaluation;

namespace Graph.Tests.Support;

/// <summary>Scores every article of a folder that has a gold file with the same name, with the test extractor.</summary>
internal static class CorpusScore
{
    public static IReadOnlyList<ArticleScore> Run(string articles, string gold) => CorpusScorer.Score(TestExtractor.Create(), articles, gold);
}
