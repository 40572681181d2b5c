using Graph.Articles;

namespace Graph.Tests.Articles;

public class HtmlToTextTests
{
    [Fact]
    public void Convert_ScriptsStylesAndPageFurniture_AreDropped()
    {
        var html = """
            <html><head><title>Site name</title><style>p { color: red }</style></head>
            <body>
              <header><a href="/">Home</a> <a href="/world">World</a></header>
              <nav><ul><li>Politics</li><li>Sport</li></ul></nav>
              <article>
                <h1>Lavrov and Pompeo speak by phone</h1>
                <p>The Russian foreign minister   spoke with
                   the US secretary of state.</p>
                <script>if (a < b) { document.write("<p>ad</p>"); }</script>
                <noscript>Enable JavaScript</noscript>
              </article>
              <aside>Most read</aside>
              <form><input name="q"><button>Search</button></form>
              <footer>Copyright</footer>
            </body></html>
            """;

        var text = HtmlToText.Convert(html);

        Assert.Equal("Lavrov and Pompeo speak by phone\nThe Russian foreign minister spoke with the US secretary of state.", text);
    }

    [Fact]
    public void Convert_BlockElements_BecomeLinesAndEntitiesAreDecoded()
    {
        var html = "<div>وزير الخارجية&nbsp;الروسي</div><p>Лавров &amp; Помпео<br>встретились в Сочи</p><ul><li>یک</li><li>دو</li></ul>";

        var text = HtmlToText.Convert(html);

        Assert.Equal("وزير الخارجية الروسي\nЛавров & Помпео\nвстретились в Сочи\nیک\nدو", text);
    }

    [Fact]
    public void Convert_MetaPublishedTime_IsKeptAsFirstLine()
    {
        var html = """
            <html><head><meta property="article:published_time" content="2020-05-07T15:49:00+04:30"></head>
            <body><p>متن خبر</p><time datetime="2021-01-01">دیروز</time></body></html>
            """;

        var text = HtmlToText.Convert(html);

        Assert.Equal("Published: 2020-05-07T15:49:00+04:30\nمتن خبر\nدیروز", text);
    }

    [Fact]
    public void Convert_TimeElementInsideHeader_IsKeptWhenThereIsNoMeta()
    {
        var html = "<body><header><time datetime='2020-06-03'>3 June</time></header><p>Shoigu called Esper.</p></body>";

        Assert.Equal("Published: 2020-06-03\nShoigu called Esper.", HtmlToText.Convert(html));
    }

    [Fact]
    public void Convert_LoneAngleBracketAndComments_AreHandled()
    {
        var html = "<p>3 < 5 <!-- hidden <p>not this</p> --> and 7 > 6</p>";

        Assert.Equal("3 < 5 and 7 > 6", HtmlToText.Convert(html));
    }

    [Fact]
    public void Convert_StrayApostropheInUnquotedAttribute_DoesNotSwallowThePage()
    {
        var html = "<p class=it's>Tehran</p><p>Moscow</p>";

        Assert.Equal("Tehran\nMoscow", HtmlToText.Convert(html));
    }
}
