using System.Text.Json;
using Graph.Tests.Support;

namespace Graph.Tests.Commands;

public sealed class ExtractCommandTests
{
    [Fact]
    public async Task Extract_FolderOfFourLanguages_PrintsOneJsonLinePerArticleInPathOrder()
    {
        using var folder = new TempFolder();
        var articles = TestArticles.WriteAll(folder);

        var run = await CliRun.RunAsync(["extract", articles, "--mappings", RepoPaths.Mappings, "--today", "2025-09-01"]);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var languages = lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("article").GetProperty("lang").GetString()).ToList();
        Assert.Equal(["ar", "en", "fa", "ru"], languages);
    }

    [Fact]
    public async Task Extract_BrokenMappingFile_ExitsTwoNamingFileLineAndColumn()
    {
        using var folder = new TempFolder();
        var mappings = CopyOfMappings(folder);
        File.AppendAllText(Path.Combine(mappings, "countries.yaml"), "\n  - id: [unclosed\n");
        var articles = TestArticles.WriteAll(folder);

        var run = await CliRun.RunAsync(["extract", articles, "--mappings", mappings]);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"countries\.yaml:\d+:\d+", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Extract_EmptyAndBinaryFiles_ExitsOneWithReasonsAndExtractsTheRest()
    {
        using var folder = new TempFolder();
        var articles = TestArticles.WriteAll(folder);
        folder.Write("articles/empty.txt", []);
        folder.Write("articles/photo.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x00, 0x01, 0x02]);

        var run = await CliRun.RunAsync(["extract", articles, "--mappings", RepoPaths.Mappings, "--today", "2025-09-01"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.txt: skipped: empty", run.Error, StringComparison.Ordinal);
        Assert.Contains("photo.bin: skipped: binary", run.Error, StringComparison.Ordinal);
        Assert.Equal(6, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    internal static string CopyOfMappings(TempFolder folder)
    {
        var copy = Path.Combine(folder.Path, "mappings");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Mappings))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        return copy;
    }
}
