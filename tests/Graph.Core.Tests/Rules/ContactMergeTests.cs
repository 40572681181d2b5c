using Graph.Facts;
using Graph.Mappings;
using static Graph.Tests.Rules.Article;

namespace Graph.Tests.Rules;

/// <summary>How an article's reports are folded: repeats once, different days apart, talks into calls, and visits a meeting implies.</summary>
public sealed class ContactMergeTests
{
    [Theory]
    [InlineData("Published: 2019-12-31\nZarif and Lavrov hold talks in Moscow\n\nIranian Foreign Minister Mohammad Javad Zarif met Sergei Lavrov in Moscow on 30 December 2019.")]
    [InlineData("تاریخ انتشار: ۱۳۹۸/۱۰/۱۰\nظریف و لاوروف در مسکو دیدار کردند\n\nمحمدجواد ظریف دیروز در مسکو با سرگئی لاوروف دیدار کرد.")]
    [InlineData("تاريخ النشر: 2019-12-31\nظريف يلتقي لافروف في موسكو\n\nالتقى محمد جواد ظريف أمس في موسكو بسيرغي لافروف.")]
    public void Extract_HeadlineAndBodyTellTheSameMeeting_CountedOnceWithTheBodysDate(string text)
    {
        var meeting = Single(text, ContactType.Meeting);

        Assert.Equal("mohammad-javad-zarif+sergei-lavrov", People(meeting));
        Assert.Equal(new DateOnly(2019, 12, 30), meeting.Date);
    }

    [Fact]
    public void Extract_RussianHeadlineAndBody_CountedOnceWithTheBodysDate()
    {
        var meeting = Single("Дата публикации: 13.04.2017\nТиллерсон и Лавров встретились в Москве\n\nРекс Тиллерсон и Сергей Лавров встретились в Москве 12 апреля.", ContactType.Meeting);

        Assert.Equal(new DateOnly(2017, 4, 12), meeting.Date);
    }

    [Fact]
    public void Extract_PageRepeatingItsStory_CountedOnce()
    {
        var contacts = Contacts("Published: 2025-02-15\nLavrov and Rubio spoke by phone on Saturday.\n\nLavrov and Rubio spoke by phone on Saturday, the ministry said.");

        Assert.Equal(new DateOnly(2025, 2, 15), Assert.Single(contacts).Date);
    }

    [Theory]
    [InlineData("Published: 2025-03-19\nVladimir Putin and Donald Trump held a phone call on 12 February 2025. Vladimir Putin and Donald Trump held another phone call on 18 March 2025.")]
    [InlineData("تاریخ انتشار: ۱۴۰۳/۱۲/۲۹\nولادیمیر پوتین و دونالد ترامپ در ۲۴ بهمن تلفنی گفتگو کردند. ولادیمیر پوتین و دونالد ترامپ در ۲۸ اسفند بار دیگر تلفنی گفتگو کردند.")]
    [InlineData("تاريخ النشر: 2025-03-19\nأجرى فلاديمير بوتين ودونالد ترامب اتصالا هاتفيا في 12 فبراير. وأجرى فلاديمير بوتين ودونالد ترامب اتصالا هاتفيا آخر في 18 مارس.")]
    [InlineData("Дата публикации: 19.03.2025\nВладимир Путин и Дональд Трамп провели телефонный разговор 12 февраля. Владимир Путин и Дональд Трамп вновь провели телефонный разговор 18 марта.")]
    public void Extract_TwoCallsOnDifferentDays_StayTwo(string text)
    {
        var calls = Contacts(text);

        Assert.All(calls, call => Assert.Equal(ContactType.Call, call.Type));
        Assert.Equal([new DateOnly(2025, 2, 12), new DateOnly(2025, 3, 18)], calls.Select(c => c.Date));
    }

    [Theory]
    [InlineData("Published: 2025-02-15\nLavrov held talks with Rubio on Saturday.\n\nLavrov and Rubio spoke by phone on Saturday.")]
    [InlineData("تاریخ انتشار: ۱۴۰۳/۱۱/۲۷\nلاوروف و روبیو امروز رایزنی کردند.\n\nلاوروف و روبیو امروز تلفنی گفتگو کردند.")]
    [InlineData("تاريخ النشر: 2025-02-15\nبحث لافروف وروبيو اليوم العلاقات الثنائية.\n\nوأجرى لافروف وروبيو اليوم اتصالا هاتفيا.")]
    [InlineData("Дата публикации: 15.02.2025\nЛавров и Рубио обсудили двусторонние отношения.\n\nЛавров и Рубио провели телефонный разговор.")]
    public void Extract_TalksAndACallOfTheSamePeople_YieldOneCall(string text)
    {
        var contact = Assert.Single(Contacts(text));

        Assert.Equal(ContactType.Call, contact.Type);
        Assert.Equal("marco-rubio+sergei-lavrov", People(contact));
    }

    [Theory]
    [InlineData("Published: 2025-01-17\nVladimir Putin met Masoud Pezeshkian in Moscow on Friday.")]
    [InlineData("تاریخ انتشار: ۱۴۰۳/۱۰/۲۸\nولادیمیر پوتین امروز در مسکو با مسعود پزشکیان دیدار کرد.")]
    [InlineData("تاريخ النشر: 2025-01-17\nالتقى فلاديمير بوتين اليوم في موسكو بالرئيس الإيراني مسعود بزشكيان.")]
    [InlineData("Дата публикации: 17.01.2025\nВладимир Путин встретился в Москве с президентом Ирана Масудом Пезешкианом 17 января.")]
    public void Extract_MeetingInMoscow_ImpliesTheGuestsVisitToRussia(string text)
    {
        var meeting = Single(text, ContactType.Meeting);
        var visit = Single(text, ContactType.Visit);

        Assert.Equal("masoud-pezeshkian+vladimir-putin", People(meeting));
        Assert.Equal("Moscow", meeting.City);
        Assert.Equal("masoud-pezeshkian", People(visit));
        Assert.Equal("RUS", visit.Destination);
        Assert.Equal("Moscow", visit.City);
        Assert.Equal(new DateOnly(2025, 1, 17), visit.Date);
    }

    [Fact]
    public void Extract_MeetingInTheGuestsOwnCapital_ImpliesTheOtherSidesVisit()
    {
        var visit = Single("Published: 2017-04-12\nThe US Secretary of State met Russian Foreign Minister Sergei Lavrov in Moscow on Wednesday.", ContactType.Visit);

        Assert.Equal("rex-tillerson", People(visit));
        Assert.Equal("RUS", visit.Destination);
    }

    [Fact]
    public void Extract_MeetingInAThirdCountry_ImpliesNoVisit()
    {
        var contacts = Contacts("Published: 2025-10-16\nVladimir Putin and Donald Trump will meet in Budapest.");

        Assert.DoesNotContain(contacts, c => c.Type == ContactType.Visit);
    }
}
