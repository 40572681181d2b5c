using Graph.Facts;
using Graph.Mappings;
using static Graph.Tests.Rules.Article;

namespace Graph.Tests.Rules;

/// <summary>The cues read around a trigger: who asked, negation and refusal, plans, destinations and invitations.</summary>
public sealed class ContactCueTests
{
    [Theory]
    [InlineData("Published: 2025-02-15\nSergei Lavrov held a phone call with Marco Rubio at the request of the American side.")]
    [InlineData("تاریخ انتشار: ۱۴۰۳/۱۱/۲۷\nسرگئی لاوروف به درخواست طرف آمریکایی با مارکو روبیو تماس تلفنی داشت.")]
    [InlineData("تاریخ انتشار: ۱۴۰۳/۱۱/۲۷\nلاوروف به درخواست روبیو با وی گفتگوی تلفنی کرد.")]
    [InlineData("تاريخ النشر: 2025-02-15\nأجرى سيرغي لافروف اتصالا هاتفيا مع ماركو روبيو بطلب من الجانب الأمريكي.")]
    [InlineData("Дата публикации: 15.02.2025\nСергей Лавров провел телефонный разговор с Марко Рубио по инициативе американской стороны.")]
    public void Extract_CallAtTheRequestOfTheAmericanSide_RubioIsInitiator(string text)
    {
        var call = Single(text, ContactType.Call);

        Assert.Equal("marco-rubio+sergei-lavrov", People(call));
        Assert.Equal("marco-rubio", call.Initiator);
    }

    [Fact]
    public void Extract_CallWithoutInitiatorCue_HasNoInitiator()
    {
        var call = Single("Published: 2025-02-15\nLavrov and Rubio spoke by phone on Saturday.", ContactType.Call);

        Assert.Null(call.Initiator);
        Assert.Equal(new DateOnly(2025, 2, 15), call.Date);
    }

    [Theory]
    [InlineData("Published: 2022-07-08\nSergei Lavrov and Antony Blinken did not hold a meeting on the sidelines of the G20 in Bali.")]
    [InlineData("Published: 2022-07-08\nLavrov did not meet Blinken in Bali.")]
    [InlineData("تاریخ انتشار: ۱۴۰۱/۰۴/۱۷\nلاوروف و بلینکن در بالی با یکدیگر دیدار نکردند.")]
    [InlineData("تاریخ انتشار: ۱۴۰۱/۰۴/۱۷\nلاوروف درخواست دیدار با بلینکن را رد کرد.")]
    [InlineData("تاريخ النشر: 2022-07-08\nرفض لافروف لقاء بلينكن في بالي.")]
    [InlineData("Дата публикации: 08.07.2022\nЛавров не встретился с Блинкеном на Бали.")]
    [InlineData("Дата публикации: 08.07.2022\nЛавров отказался от встречи с Блинкеном на Бали.")]
    public void Extract_NegatedOrRefusedMeeting_YieldsNothing(string text)
    {
        Assert.Empty(Contacts(text));
    }

    [Theory]
    [InlineData("Published: 2025-10-16\nPutin will not meet Trump in the coming weeks.")]
    [InlineData("Published: 2025-10-16\nPutin said he could meet Trump if the conditions were right.")]
    public void Extract_NegatedOrHypotheticalFutureMeeting_YieldsNothing(string text)
    {
        Assert.Empty(Contacts(text));
    }

    [Theory]
    [InlineData("Published: 2025-10-16\nVladimir Putin and Donald Trump will meet in Budapest.")]
    [InlineData("تاریخ انتشار: ۱۴۰۴/۰۷/۲۴\nولادیمیر پوتین و دونالد ترامپ قرار است در بوداپست دیدار کنند.")]
    [InlineData("تاريخ النشر: 2025-10-16\nمن المقرر أن يلتقي فلاديمير بوتين ودونالد ترامب في بودابست.")]
    [InlineData("Дата публикации: 16.10.2025\nВладимир Путин и Дональд Трамп встретятся в Будапеште.")]
    public void Extract_AnnouncedMeeting_IsPlanned(string text)
    {
        var meeting = Single(text, ContactType.Meeting);

        Assert.Equal(ContactStatus.Planned, meeting.Status);
        Assert.Equal("donald-trump+vladimir-putin", People(meeting));
        Assert.Equal("Budapest", meeting.City);
    }

    [Theory]
    [InlineData("Published: 2025-01-17\nIranian President Masoud Pezeshkian arrived in Moscow on Friday for a visit to Russia.")]
    [InlineData("تاریخ انتشار: ۱۴۰۳/۱۰/۲۸\nمسعود پزشکیان رئیس جمهور ایران امروز برای یک سفر رسمی وارد مسکو شد.")]
    [InlineData("تاريخ النشر: 2025-01-17\nوصل الرئيس الإيراني مسعود بزشكيان اليوم إلى موسكو في زيارة رسمية لروسيا.")]
    [InlineData("Дата публикации: 17.01.2025\nПрезидент Ирана Масуд Пезешкиан прибыл в Москву с официальным визитом.")]
    public void Extract_ArrivalInMoscow_IsVisitToRussiaWithCity(string text)
    {
        var visit = Single(text, ContactType.Visit);

        Assert.Equal("masoud-pezeshkian", People(visit));
        Assert.Equal("RUS", visit.Destination);
        Assert.Equal("Moscow", visit.City);
        Assert.Equal(ContactStatus.Happened, visit.Status);
    }

    [Theory]
    [InlineData("Published: 2025-01-16\nIranian President Masoud Pezeshkian is to visit Moscow tomorrow.")]
    [InlineData("تاریخ انتشار: ۱۴۰۳/۱۰/۲۷\nمسعود پزشکیان رئیس جمهور ایران فردا به مسکو سفر خواهد کرد.")]
    [InlineData("Дата публикации: 16.01.2025\nПрезидент Ирана Масуд Пезешкиан завтра посетит Москву.")]
    public void Extract_VisitAnnouncedForTomorrow_IsPlannedOnTheNextDay(string text)
    {
        var visit = Single(text, ContactType.Visit);

        Assert.Equal(ContactStatus.Planned, visit.Status);
        Assert.Equal("RUS", visit.Destination);
        Assert.Equal(new DateOnly(2025, 1, 17), visit.Date);
    }

    [Theory]
    [InlineData("Published: 2024-10-23\nPutin invited Pezeshkian to visit Russia.")]
    [InlineData("تاریخ انتشار: ۱۴۰۳/۰۳/۲۴\nولادیمیر پوتین مسعود پزشکیان را به روسیه دعوت کرد.")]
    [InlineData("تاريخ النشر: 2024-06-13\nوجه فلاديمير بوتين دعوة إلى مسعود بزشكيان لزيارة روسيا.")]
    [InlineData("Дата публикации: 13.06.2024\nВладимир Путин пригласил Масуда Пезешкиана посетить Россию.")]
    public void Extract_InvitationToVisit_InviterIsInitiator(string text)
    {
        var invitation = Single(text, ContactType.Invitation);

        Assert.Equal("masoud-pezeshkian+vladimir-putin", People(invitation));
        Assert.Equal("vladimir-putin", invitation.Initiator);
    }

    [Theory]
    [InlineData("تاريخ النشر: 2024-06-13\nوجه فلاديمير بوتين دعوة إلى مسعود بزشكيان لزيارة روسيا.")]
    [InlineData("Дата публикации: 13.06.2024\nВладимир Путин пригласил Масуда Пезешкиана посетить Россию.")]
    public void Extract_InvitationToVisit_VisitIsCarriedByTheInvitation(string text)
    {
        var contacts = Support.TestExtractor.ExtractText(text).Contacts;

        Assert.Contains(contacts, c => c.Type == ContactType.Invitation);
        Assert.DoesNotContain(contacts, c => c.Type == ContactType.Visit);
    }

    [Theory]
    [InlineData("Published: 2025-04-18\nRussian Foreign Minister Sergei Lavrov met Russian President Vladimir Putin.")]
    [InlineData("تاریخ انتشار: ۱۴۰۳/۱۰/۲۸\nپوتین و لاوروف امروز در مسکو دیدار کردند.")]
    [InlineData("تاريخ النشر: 2025-01-17\nالتقى بوتين بلافروف في موسكو اليوم.")]
    [InlineData("Дата публикации: 17.01.2025\nВладимир Путин встретился с Сергеем Лавровым в Москве.")]
    public void Extract_MeetingOfOneCountrysOfficials_YieldsNoContact(string text)
    {
        Assert.Empty(Contacts(text));
    }
}
