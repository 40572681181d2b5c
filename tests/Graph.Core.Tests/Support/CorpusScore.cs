using Graph.Evaluation;

namespace Graph.Tests.Support;

/// <summary>Scores every article of a folder that has a gold file with the same name.</summary>
internal static class CorpusScore
{
    public static IReadOnlyList<ArticleScore> Run(string articles, string gold)
    {
        var extractor = TestExtractor.Create();
        return Directory.EnumerateFiles(articles)
            .Order(StringComparer.Ordinal)
            .Select(path => (path, goldPath: Path.Combine(gold, Path.GetFileNameWithoutExtension(path) + ".yaml")))
            .Where(pair => File.Exists(pair.goldPath))
            .Select(pair => Scorer.Score(extractor.Extract(new Graph.Articles.RawArticle(pair.path, File.ReadAllBytes(pair.path))), GoldReader.Read(pair.goldPath)))
            .ToList();
    }
}
