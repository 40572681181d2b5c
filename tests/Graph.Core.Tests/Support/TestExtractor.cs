using Graph.Articles;
using Graph.Extraction;
using Graph.Facts;
using Graph.Mappings;
using Graph.Text;

namespace Graph.Tests.Support;

/// <summary>The real mappings compiled once for all tests, and an extractor with a fixed "today".</summary>
internal static class TestExtractor
{
    public static readonly DateOnly Today = new(2026, 11, 21);

    private static readonly Lazy<CompiledMappings> Mappings = new(() =>
        CompiledMappings.Compile(MappingLoader.LoadDirectory(RepoPaths.Mappings, TextNormalizer.NormalizePhrase)));

    public static CompiledMappings Compiled => Mappings.Value;

    public static Extractor Create() => new(Mappings.Value, Today);

    public static ArticleExtraction Extract(string path) =>
        Create().Extract(new RawArticle(path, File.ReadAllBytes(path)));

    public static ArticleExtraction ExtractText(string text, string name = "test.txt") =>
        Create().Extract(new RawArticle(name, System.Text.Encoding.UTF8.GetBytes(text)));
}
