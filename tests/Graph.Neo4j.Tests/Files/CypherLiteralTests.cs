using Graph.Neo4j.Files;

namespace Graph.Tests.Files;

public class CypherLiteralTests
{
    [Theory]
    [InlineData("O'Brien", @"'O\'Brien'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("two\nlines\r\tend", @"'two\nlines\r\tend'")]
    [InlineData("bell\u0007", @"'bell\u0007'")]
    [InlineData("لاوروف", "'لاوروف'")]
    public void Of_String_EscapedOnOneLine(string value, string literal)
    {
        Assert.Equal(literal, CypherLiteral.Of(value));
    }

    [Fact]
    public void Of_MapsAndLists_KeysQuotedWhenNotIdentifiers()
    {
        var value = new Dictionary<string, object?> { ["id"] = "x", ["odd key`"] = new List<object?> { "a", null, true, 3L } };

        Assert.Equal("{id: 'x', `odd key```: ['a', null, true, 3]}", CypherLiteral.Of(value));
    }
}
