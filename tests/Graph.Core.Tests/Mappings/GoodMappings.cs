namespace Graph.Tests.Mappings;

/// <summary>A small, valid mappings directory; each test replaces one file to provoke one error.</summary>
internal static class GoodMappings
{
    public const string Countries = """
        countries:
          - id: RUS
            name: Russia
            names: {en: [Russia, Russian Federation], fa: [روسیه], ar: [روسيا], ru: [Россия]}
            adjectives: {en: [Russian], fa: [روسی], ar: [الروسي], ru: [российский]}
            metonyms: {en: [Kremlin], fa: [کرملین], ar: [الكرملين], ru: [Кремль]}
            cities:
              - name: Moscow
                capital: true
                names: {en: [Moscow], fa: [مسکو], ar: [موسكو], ru: [Москва]}
          - id: IRN
            name: Iran
            names: {en: [Iran], fa: [ایران], ar: [إيران], ru: [Иран]}
            cities:
              - name: Tehran
                capital: true
                names: {en: [Tehran], fa: [تهران], ar: [طهران], ru: [Тегеран]}
          - id: USA
            name: United States
            names: {en: [United States, USA], fa: [آمریکا], ar: [الولايات المتحدة], ru: [США]}
        """;

    public const string Roles = """
        honorifics: {en: [Mr.], fa: [آقای], ar: [السيد], ru: [господин]}
        counterparts: {en: [counterpart], fa: [همتای], ar: [نظيره], ru: [коллега]}
        roles:
          - id: foreign_minister
            name: Minister of Foreign Affairs
            phrases: {en: [foreign minister], fa: [وزیر امور خارجه], ar: [وزير الخارجية], ru: [министр иностранных дел]}
            plural: {en: [foreign ministers], fa: [وزرای امور خارجه], ar: [وزراء الخارجية], ru: [министры иностранных дел]}
            country_phrases:
              - country: USA
                phrases: {en: [Secretary of State], fa: [وزیر خارجه آمریکا], ar: [وزير الخارجية الأمريكي], ru: [госсекретарь]}
          - id: president
            name: President
            single_holder: true
            phrases: {en: [president], fa: [رئیس جمهور], ar: [الرئيس], ru: [президент]}
          - id: envoy
            name: Special Envoy
            single_holder: false
            phrases: {en: [special envoy], fa: [فرستاده ویژه], ar: [المبعوث الخاص], ru: [спецпосланник]}
        """;

    // Putin and Medvedev share the handover day 2008-05-07, as sources write it.
    public const string Officials = """
        officials:
          - id: sergey-lavrov
            name: Sergey Lavrov
            country: RUS
            names:
              en: [Sergey Lavrov, Sergei Lavrov, Lavrov]
              fa: [سرگئی لاوروف, لاوروف]
              ar: [سيرغي لافروف, لافروف]
              ru: [Сергей Лавров, Лавров]
            offices:
              - role: foreign_minister
                from: 2004-03-09
          - id: vladimir-putin
            name: Vladimir Putin
            country: RUS
            names: {en: [Vladimir Putin, Putin], fa: [ولادیمیر پوتین, پوتین], ar: [فلاديمير بوتين, بوتين], ru: [Владимир Путин, Путин]}
            offices:
              - {role: president, from: 2000-05-07, to: 2008-05-07}
              - {role: president, from: 2012-05-07}
          - id: dmitry-medvedev
            name: Dmitry Medvedev
            country: RUS
            names: {en: [Dmitry Medvedev, Medvedev], fa: [دیمیتری مدودف, مدودف], ar: [دميتري ميدفيديف, ميدفيديف], ru: [Дмитрий Медведев, Медведев]}
            offices:
              - {role: president, country: RUS, from: 2008-05-07, to: 2012-05-07}
          - id: abbas-araghchi
            name: Abbas Araghchi
            country: IRN
            names: {en: [Abbas Araghchi, Araghchi], fa: [عباس عراقچی, عراقچی], ar: [عباس عراقجي, عراقجي], ru: [Аббас Аракчи, Аракчи]}
            offices:
              - {role: foreign_minister, from: 2024-08-21}
        """;

    public const string Contacts = """
        rules:
          - type: call
            triggers: {en: [phoned], fa: [تماس تلفنی], ar: [اتصالا هاتفيا], ru: [позвонил]}
          - type: visit
            triggers: {en: [visited], fa: [سفر کرد], ar: [زار], ru: [посетил]}
          - type: meeting
            triggers: {en: [met], fa: [دیدار کرد], ar: [التقى], ru: [встретился]}
          - type: invitation
            triggers: {en: [invited], fa: [دعوت کرد], ar: [دعا], ru: [пригласил]}
        talks: {en: [held talks], fa: [رایزنی کردند], ar: [أجرى محادثات], ru: [провели переговоры]}
        phone_cues: {en: [by phone], fa: [تلفنی], ar: [هاتفيا], ru: [по телефону]}
        initiator_cues: {en: [at the request of], fa: [به درخواست], ar: [بطلب من], ru: [по инициативе]}
        reciprocal: {en: [with each other], fa: [با یکدیگر], ar: [مع بعضهما], ru: [друг с другом]}
        negation: {en: [refused], fa: [رد کرد], ar: [رفض], ru: [отказался]}
        hypothetical: {en: [if], fa: [اگر], ar: [إذا], ru: [если]}
        planned: {en: [will], fa: [قرار است], ar: [سوف], ru: [планирует]}
        past: {en: [previously], fa: [پیش از این], ar: [سابقا], ru: [ранее]}
        """;

    public const string Sources = """
        generic:
          end_markers: [Related articles, انتهای پیام, المصدر, Читайте также]
          drop_lines: ['^\s*(Share|Tweet)\s*$']
          publication_labels: [Published, تاریخ انتشار, نشر في, Опубликовано]
          ignore_date_labels: [Updated, به روز شده, آخر تحديث, Обновлено]
        sites:
          - name: example-agency
            detect: [example-agency.test]
            end_markers: [More from the agency]
        """;

    public const string Dates = """
        gregorian_months:
          - {en: [January, Jan], fa: [ژانویه], ar: [يناير, كانون الثاني], ru: [январь, января]}
          - {en: [February, Feb], fa: [فوریه], ar: [فبراير, شباط], ru: [февраль, февраля]}
          - {en: [March, Mar], fa: [مارس], ar: [مارس, آذار], ru: [март, марта]}
          - {en: [April, Apr], fa: [آوریل], ar: [أبريل, نيسان], ru: [апрель, апреля]}
          - {en: [May], fa: [مه], ar: [مايو, أيار], ru: [май, мая]}
          - {en: [June, Jun], fa: [ژوئن], ar: [يونيو, حزيران], ru: [июнь, июня]}
          - {en: [July, Jul], fa: [ژوئیه], ar: [يوليو, تموز], ru: [июль, июля]}
          - {en: [August, Aug], fa: [اوت], ar: [أغسطس, آب], ru: [август, августа]}
          - {en: [September, Sep], fa: [سپتامبر], ar: [سبتمبر, أيلول], ru: [сентябрь, сентября]}
          - {en: [October, Oct], fa: [اکتبر], ar: [أكتوبر, تشرين الأول], ru: [октябрь, октября]}
          - {en: [November, Nov], fa: [نوامبر], ar: [نوفمبر, تشرين الثاني], ru: [ноябрь, ноября]}
          - {en: [December, Dec], fa: [دسامبر], ar: [ديسمبر, كانون الأول], ru: [декабрь, декабря]}
        solar_hijri_months:
          - {fa: [فروردین], en: [Farvardin]}
          - {fa: [اردیبهشت], en: [Ordibehesht]}
          - {fa: [خرداد], en: [Khordad]}
          - {fa: [تیر], en: [Tir]}
          - {fa: [مرداد], en: [Mordad]}
          - {fa: [شهریور], en: [Shahrivar]}
          - {fa: [مهر], en: [Mehr]}
          - {fa: [آبان], en: [Aban]}
          - {fa: [آذر], en: [Azar]}
          - {fa: [دی], en: [Dey]}
          - {fa: [بهمن], en: [Bahman]}
          - {fa: [اسفند], en: [Esfand]}
        weekdays:
          - {en: [Sunday], fa: [یکشنبه], ar: [الأحد], ru: [воскресенье]}
          - {en: [Monday], fa: [دوشنبه], ar: [الاثنين], ru: [понедельник]}
          - {en: [Tuesday], fa: [سه‌شنبه], ar: [الثلاثاء], ru: [вторник]}
          - {en: [Wednesday], fa: [چهارشنبه], ar: [الأربعاء], ru: [среда]}
          - {en: [Thursday], fa: [پنجشنبه], ar: [الخميس], ru: [четверг]}
          - {en: [Friday], fa: [جمعه], ar: [الجمعة], ru: [пятница]}
          - {en: [Saturday], fa: [شنبه], ar: [السبت], ru: [суббота]}
        relative_days:
          - name: today
            offset: 0
            phrases: {en: [today], fa: [امروز], ar: [اليوم], ru: [сегодня]}
          - name: yesterday
            offset: -1
            phrases: {en: [yesterday], fa: [دیروز], ar: [أمس], ru: [вчера]}
        fillers: {fa: [ماه], en: [night]}
        gregorian_era: {fa: [میلادی], ar: [ميلادي]}
        solar_hijri_era: {fa: [هجری شمسی]}
        """;

    public const string Graph = """
        nodes:
          official: {label: Official, key: id}
          country: {label: Country, key: id}
          article: {label: Article, key: id}
        relationships:
          call: CALLED
          visit: VISITED
          meeting: MET
          invitation: INVITED
          represents: REPRESENTS
          mentions: MENTIONS
        """;

    public const string Languages = """
        languages:
          fa: {suffixes: [اش, ها], join_words: true, modifiers_before: false, modifiers_after: true}
          ar: {prefixes: [و, ال, "لل=ال"], suffixes: [ه]}
          en: {suffixes: [s]}
          ru: {stem_endings: [а, у]}
        this_country: {fa: [این کشور]}
        both_countries: {en: [the two countries]}
        locatives: {en: [in], ru: [в]}
        """;

    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        ["countries.yaml"] = Countries,
        ["roles.yaml"] = Roles,
        ["officials.yaml"] = Officials,
        ["contacts.yaml"] = Contacts,
        ["sources.yaml"] = Sources,
        ["dates.yaml"] = Dates,
        ["graph.yaml"] = Graph,
        ["languages.yaml"] = Languages,
    };
}
