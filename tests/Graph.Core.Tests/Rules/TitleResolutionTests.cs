using Graph.Mappings;
using static Graph.Tests.Rules.Article;

namespace Graph.Tests.Rules;

/// <summary>Titles resolved through the roster on the article's day, and "his counterpart" resolved through the other person's office.</summary>
public sealed class TitleResolutionTests
{
    [Theory]
    [InlineData("Published: 2015-05-12\nThe US Secretary of State met Russian Foreign Minister Sergei Lavrov in Sochi on Tuesday.", "john-kerry+sergei-lavrov")]
    [InlineData("Published: 2017-04-12\nThe US Secretary of State met Russian Foreign Minister Sergei Lavrov in Moscow on Wednesday.", "rex-tillerson+sergei-lavrov")]
    [InlineData("تاریخ انتشار: ۱۳۹۴/۰۲/۲۲\nوزیر امور خارجه آمریکا امروز در سوچی با سرگئی لاوروف دیدار کرد.", "john-kerry+sergei-lavrov")]
    [InlineData("تاریخ انتشار: ۱۳۹۶/۰۱/۲۳\nوزیر امور خارجه آمریکا امروز در مسکو با سرگئی لاوروف دیدار کرد.", "rex-tillerson+sergei-lavrov")]
    [InlineData("تاريخ النشر: 2015-05-12\nالتقى وزير الخارجية الأمريكي اليوم في سوتشي بنظيره الروسي.", "john-kerry+sergei-lavrov")]
    [InlineData("تاريخ النشر: 2017-04-12\nالتقى وزير الخارجية الأمريكي اليوم في موسكو بنظيره الروسي.", "rex-tillerson+sergei-lavrov")]
    [InlineData("Дата публикации: 12.05.2015\nГоссекретарь США встретился в Сочи с министром иностранных дел России Сергеем Лавровым 12 мая.", "john-kerry+sergei-lavrov")]
    [InlineData("Дата публикации: 12.04.2017\nГоссекретарь США встретился в Москве с министром иностранных дел России Сергеем Лавровым 12 апреля.", "rex-tillerson+sergei-lavrov")]
    public void Extract_SecretaryOfStateOnTwoDates_ResolvesTheHolderOfEachDay(string text, string people)
    {
        Assert.Equal(people, People(Single(text, ContactType.Meeting)));
    }

    [Fact]
    public void Extract_TwoTitlesOnly_ResolvesBothOnThePublicationDay()
    {
        var meeting = Single("Дата публикации: 12.04.2017\nГлава МИД России принял госсекретаря США в Москве.", ContactType.Meeting);

        Assert.Equal("rex-tillerson+sergei-lavrov", People(meeting));
    }

    [Theory]
    [InlineData("Published: 2025-02-15\nSecretary of State Marco Rubio spoke by phone with his Russian counterpart on Saturday.")]
    [InlineData("تاریخ انتشار: ۱۴۰۳/۱۱/۲۷\nمارکو روبیو امروز در تماس تلفنی با همتای روسی خود گفتگو کرد.")]
    [InlineData("تاريخ النشر: 2025-02-15\nأجرى وزير الخارجية الأمريكي ماركو روبيو اليوم اتصالا هاتفيا مع نظيره الروسي.")]
    [InlineData("Дата публикации: 15.02.2025\nГосударственный секретарь США Марко Рубио провел телефонный разговор с российским коллегой.")]
    public void Extract_RussianCounterpartOfSecretaryOfState_ResolvesToLavrov(string text)
    {
        Assert.Equal("marco-rubio+sergei-lavrov", People(Single(text, ContactType.Call)));
    }

    [Fact]
    public void Extract_CounterpartOnAnotherDay_ResolvesThatDaysHolder()
    {
        var meeting = Single("Published: 2017-04-12\nSergei Lavrov met his American counterpart in Moscow on Wednesday.", ContactType.Meeting);

        Assert.Equal("rex-tillerson+sergei-lavrov", People(meeting));
    }

    [Fact]
    public void Extract_PluralTitleWithTwoCountries_ResolvesBothMinisters()
    {
        var call = Single("Дата публикации: 15.02.2025\nМинистры иностранных дел России и США провели телефонный разговор.", ContactType.Call);

        Assert.Equal("marco-rubio+sergei-lavrov", People(call));
    }

    [Fact]
    public void Extract_PersianPluralTitleWithTwoCountries_ResolvesBothMinisters()
    {
        var call = Single("تاریخ انتشار: ۱۴۰۳/۱۱/۲۷\nوزرای امور خارجه روسیه و آمریکا تلفنی گفتگو کردند.", ContactType.Call);

        Assert.Equal("marco-rubio+sergei-lavrov", People(call));
    }

    [Fact]
    public void Extract_NoDateAndTitleWithOneHolderEver_ResolvesThatHolder()
    {
        var meeting = Single("The Russian foreign minister met Mohammad Javad Zarif.", ContactType.Meeting);

        Assert.Equal("mohammad-javad-zarif+sergei-lavrov", People(meeting));
    }

    [Fact]
    public void Extract_NoDateAndTitleWithSeveralHolders_YieldsNoContact()
    {
        Assert.Empty(Contacts("The US Secretary of State met Sergei Lavrov."));
    }
}
