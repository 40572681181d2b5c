using Graph.Articles;
using Graph.Extraction;

namespace Graph.Evaluation;

/// <summary>Scores every article of a folder that has a gold file of the same name in another folder.</summary>
public static class CorpusScorer
{
    public static IReadOnlyList<ArticleScore> Score(Extractor extractor, string articles, string gold) =>
        Directory.EnumerateFiles(articles)
            .Order(StringComparer.Ordinal)
            .Select(path => (path, goldPath: Path.Combine(gold, Path.GetFileNameWithoutExtension(path) + ".yaml")))
            .Where(pair => File.Exists(pair.goldPath))
            .Select(pair => Scorer.Score(extractor.Extract(new RawArticle(pair.path, File.ReadAllBytes(pair.path))), GoldReader.Read(pair.goldPath)))
            .ToList();
}
