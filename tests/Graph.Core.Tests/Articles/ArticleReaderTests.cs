using System.Text;
using Graph.Articles;

namespace Graph.Tests.Articles;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_SmallFile_ReturnsItsBytes()
    {
        var path = _folder.Write("fa.txt", "تهران پایتخت ایران است.");

        var article = ArticleReader.Read(path, ArticleReader.DefaultMaxBytes, out var failure);

        Assert.Null(failure);
        Assert.NotNull(article);
        Assert.Equal(path, article.Path);
        Assert.Equal(Encoding.UTF8.GetBytes("تهران پایتخت ایران است."), article.Bytes);
    }

    [Fact]
    public void Read_FileOverTheLimit_FailsWithSizeAndLimit()
    {
        var path = _folder.Write("big.txt", new string('x', 2000));

        var article = ArticleReader.Read(path, 1000, out var failure);

        Assert.Null(article);
        Assert.Equal("too large: 2000 bytes, the limit is 1000 bytes", failure);
    }

    [Fact]
    public void Read_MissingFile_FailsWithNoSuchFile()
    {
        var article = ArticleReader.Read(Path.Combine(_folder.Path, "gone.txt"), ArticleReader.DefaultMaxBytes, out var failure);

        Assert.Null(article);
        Assert.Equal("no such file", failure);
    }

    [Fact]
    public void Read_Folder_FailsWithIsAFolder()
    {
        var article = ArticleReader.Read(_folder.Path, ArticleReader.DefaultMaxBytes, out var failure);

        Assert.Null(article);
        Assert.Equal("is a folder, not a file", failure);
    }

    [Fact]
    public void ReadStream_WithinLimit_ReturnsAllBytesUnderItsName()
    {
        var bytes = Encoding.UTF8.GetBytes("Москва — столица России.");
        using var stream = new MemoryStream(bytes);

        var article = ArticleReader.ReadStream("-", stream, 100, out var failure);

        Assert.Null(failure);
        Assert.Equal("-", article!.Path);
        Assert.Equal(bytes, article.Bytes);
    }

    [Fact]
    public void ReadStream_OverLimit_Fails()
    {
        using var stream = new MemoryStream(new byte[300_000]);

        var article = ArticleReader.ReadStream("-", stream, 100_000, out var failure);

        Assert.Null(article);
        Assert.Equal("too large: more than 100000 bytes, the limit is 100000 bytes", failure);
    }
}
