using Graph.Cli.Internal;

namespace Graph.Tests.Internal;

public sealed class IntervalTests
{
    [Theory]
    [InlineData("30s", 30)]
    [InlineData("15m", 900)]
    [InlineData("1h", 3600)]
    [InlineData("2d", 172800)]
    public void Parse_NumberAndUnit_ReturnsInterval(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Interval.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("15")]
    [InlineData("0m")]
    [InlineData("-5m")]
    [InlineData("1.5h")]
    [InlineData("15 minutes")]
    [InlineData("400d")]
    public void Parse_NotAnInterval_ReturnsNull(string text) =>
        Assert.Null(Interval.Parse(text));
}
