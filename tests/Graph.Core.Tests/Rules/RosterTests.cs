using Graph.Mappings;
using Graph.Rules;
using Graph.Tests.Support;

namespace Graph.Tests.Rules;

/// <summary>Who held an office on a day: terms, handover days, and days the text does not give.</summary>
public sealed class RosterTests
{
    private static readonly Roster Real = TestExtractor.Compiled.Roster;

    [Theory]
    [InlineData("2015-05-12", "john-kerry")]
    [InlineData("2017-04-12", "rex-tillerson")]
    [InlineData("2025-02-15", "marco-rubio")]
    public void Holder_DayInsideTerm_ReturnsThatHolder(string day, string expected)
    {
        Assert.Equal(expected, Real.Holder("foreign_minister", "USA", DateOnly.Parse(day))?.Id);
    }

    [Fact]
    public void Holder_DayBetweenTerms_ReturnsNull()
    {
        // Kerry left on 20 January 2017, Tillerson was sworn in on 1 February 2017.
        Assert.Null(Real.Holder("foreign_minister", "USA", new DateOnly(2017, 1, 25)));
    }

    [Fact]
    public void Holder_RoleOfAnotherCountry_ReturnsNull()
    {
        Assert.Null(Small().Holder("president", "IRN", new DateOnly(2012, 5, 7)));
    }

    [Fact]
    public void Holder_HandoverDayWrittenInBothTerms_ReturnsIncomingHolder()
    {
        Assert.Equal("vladimir-putin", Small().Holder("president", "RUS", new DateOnly(2012, 5, 7))?.Id);
    }

    [Fact]
    public void Holder_DayBeforeHandover_ReturnsOutgoingHolder()
    {
        Assert.Equal("dmitry-medvedev", Small().Holder("president", "RUS", new DateOnly(2012, 5, 6))?.Id);
    }

    [Fact]
    public void Holder_UnknownDateAndSingleHolderEver_ResolvesThatHolder()
    {
        Assert.Equal("sergei-lavrov", Small().Holder("foreign_minister", "RUS", null)?.Id);
    }

    [Fact]
    public void Holder_UnknownDateAndOneHolderWithTwoTerms_ResolvesThatHolder()
    {
        Assert.Equal("vladimir-putin", Small().Holder("prime_minister", "RUS", null)?.Id);
    }

    [Fact]
    public void Holder_UnknownDateAndSeveralHoldersEver_ReturnsNull()
    {
        Assert.Null(Small().Holder("president", "RUS", null));
    }

    [Fact]
    public void RolesOn_DayInsideOneTerm_ReturnsOnlyThatRole()
    {
        Assert.Equal(["president"], Small().RolesOn("dmitry-medvedev", new DateOnly(2010, 1, 1)));
    }

    [Fact]
    public void RolesOn_UnknownDay_ReturnsEveryRoleOnce()
    {
        Assert.Equal(["prime_minister", "president"], Small().RolesOn("vladimir-putin", null));
    }

    [Fact]
    public void RolesOn_UnknownOfficial_ReturnsEmpty()
    {
        Assert.Empty(Small().RolesOn("nobody", null));
    }

    /// <summary>
    /// Real terms, with the 2012 handover day written in both terms as many sources write it
    /// (inauguration on 7 May 2012), and Putin's two terms as prime minister (1999–2000, 2008–2012).
    /// </summary>
    private static Roster Small() => new(
    [
        Official("vladimir-putin", "RUS",
            new Office("prime_minister", "RUS", new DateOnly(1999, 8, 16), new DateOnly(2000, 5, 7), SourceMark.None),
            new Office("prime_minister", "RUS", new DateOnly(2008, 5, 8), new DateOnly(2012, 5, 7), SourceMark.None),
            new Office("president", "RUS", new DateOnly(2012, 5, 7), null, SourceMark.None)),
        Official("dmitry-medvedev", "RUS",
            new Office("president", "RUS", new DateOnly(2008, 5, 7), new DateOnly(2012, 5, 7), SourceMark.None)),
        Official("sergei-lavrov", "RUS",
            new Office("foreign_minister", "RUS", new DateOnly(2004, 3, 9), null, SourceMark.None)),
    ]);

    private static OfficialMapping Official(string id, string country, params Office[] offices) =>
        new(id, id, country, PhraseSet.Empty, offices, SourceMark.None);
}
