using Graph.Articles;
using Graph.Tests.Support;
using Graph.Text;
using Xunit.Abstractions;

namespace Graph.Tests.Articles;

/// <summary>
/// Runs the cleaner and the language detector over the shared seed pages (outside the repository, at
/// ../shared/seeds from the folder holding Graph.sln) when they are there.
/// </summary>
public class SeedPagesTests(ITestOutputHelper output)
{
    /// <summary>Each seed page in name order: its language and the generic marker its story ends at.</summary>
    private static readonly (Language Language, string EndMarker)[] Expected =
    [
        (Language.Fa, "انتهای پیام"),
        (Language.Fa, "انتهای پیام"),
        (Language.Fa, "Recent Posts"),
        (Language.Fa, "برچسب ها"),
        (Language.Ar, "المصدر"),
    ];

    [Fact]
    public void CleanAndDetect_SeedPages_FindLanguageAndCutAfterEndMarker_WhenSeedsPresent()
    {
        var folder = RepoPaths.Seeds() is { } seeds ? Path.Combine(seeds, "articles") : null;
        if (folder is null)
        {
            output.WriteLine("Skipped: no shared/seeds/articles above the folder holding Graph.sln.");
            return;
        }
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Expected.Length, files.Length);
        var cleaner = new PageCleaner(SourceRulesBuilder.Mapping());
        output.WriteLine($"Checking {files.Length} seed pages in {folder}.");

        for (var i = 0; i < files.Length; i++)
        {
            var decoded = ArticleDecoder.Decode(File.ReadAllBytes(files[i]));
            Assert.Null(decoded.Failure);
            var cleaned = cleaner.Clean(decoded.Text!);
            var lines = decoded.Text!.Split('\n').Select(line => line.Trim()).ToArray();
            var marker = Array.FindIndex(lines, line => line.StartsWith(Expected[i].EndMarker, StringComparison.Ordinal));

            Assert.Equal(Expected[i].Language, LanguageDetector.Detect(cleaned.Body));
            Assert.True(marker > 0, $"{files[i]}: no line starts with the end marker");
            Assert.True(cleaned.Body.Length > 500, $"{files[i]}: the story is gone");
            foreach (var after in lines.Skip(marker).Where(line => line.Length > 20))
            {
                Assert.DoesNotContain(after, cleaned.Body, StringComparison.Ordinal);
            }
        }
    }
}
