using Graph.Articles;

namespace Graph.Tests.Articles;

public sealed class InputExpanderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Under(params string[] parts) => Path.Combine([_folder.Path, .. parts]);

    [Fact]
    public void Expand_Folder_YieldsAllFilesBelowSortedOrdinally()
    {
        _folder.Write("b.txt", "b");
        _folder.Write("a.txt", "a");
        _folder.Write("sub/c.html", "c");
        _folder.Write("B.txt", "B");

        var paths = InputExpander.Expand([_folder.Path]).ToList();

        Assert.Equal([Under("B.txt"), Under("a.txt"), Under("b.txt"), Under("sub", "c.html")], paths);
    }

    [Fact]
    public void Expand_StarGlob_MatchesFilesInOneFolder()
    {
        _folder.Write("fa.txt", "");
        _folder.Write("ar.txt", "");
        _folder.Write("page.html", "");
        _folder.Write("sub/ru.txt", "");

        var paths = InputExpander.Expand([Under("*.txt")]).ToList();

        Assert.Equal([Under("ar.txt"), Under("fa.txt")], paths);
    }

    [Fact]
    public void Expand_DoubleStarGlob_MatchesAtAnyDepth()
    {
        _folder.Write("top.html", "");
        _folder.Write("x/one.html", "");
        _folder.Write("x/y/two.html", "");
        _folder.Write("x/y/two.txt", "");

        var paths = InputExpander.Expand([Under("**", "*.html")]).ToList();

        Assert.Equal([Under("top.html"), Under("x", "one.html"), Under("x", "y", "two.html")], paths);
    }

    [Fact]
    public void Expand_GlobInMiddleSegment_MatchesFolders()
    {
        _folder.Write("2020/en.txt", "");
        _folder.Write("2021/en.txt", "");
        _folder.Write("misc/en.txt", "");

        var paths = InputExpander.Expand([Under("20??", "en.txt")]).ToList();

        Assert.Equal([Under("2020", "en.txt"), Under("2021", "en.txt")], paths);
    }

    [Fact]
    public void Expand_MixedInputs_KeepInputOrderAndPassStdinAndMissingPathsThrough()
    {
        var file = _folder.Write("z.txt", "");
        var missing = Under("missing.txt");
        var unmatched = Under("*.none");

        var paths = InputExpander.Expand([file, "-", missing, unmatched]).ToList();

        Assert.Equal([file, "-", missing, unmatched], paths);
    }
}
