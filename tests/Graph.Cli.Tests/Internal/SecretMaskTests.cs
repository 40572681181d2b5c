using Graph.Cli.Internal;

namespace Graph.Tests.Internal;

public sealed class SecretMaskTests
{
    [Theory]
    [InlineData("http://neo4j:s3cret@db.example:7474", "http://neo4j:***@db.example:7474")]
    [InlineData("connecting to https://admin:p%40ss@host/ failed", "connecting to https://admin:***@host/ failed")]
    [InlineData("http://db.example:7474", "http://db.example:7474")]
    [InlineData("http://neo4j@db.example", "http://neo4j@db.example")]
    public void Mask_UriWithPassword_HidesOnlyThePassword(string text, string expected) =>
        Assert.Equal(expected, SecretMask.Mask(text));

    [Fact]
    public void Mask_KnownSecret_HiddenWhereverItAppears() =>
        Assert.Equal("password *** rejected (***)", SecretMask.Mask("password hunter22 rejected (hunter22)", ["hunter22"]));
}
