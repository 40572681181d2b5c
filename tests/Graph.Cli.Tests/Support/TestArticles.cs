namespace Graph.Tests.Support;

/// <summary>
/// Short articles written for these tests, one per language, each about a real and checkable
/// meeting: Putin and Trump in Anchorage (15 August 2025), Lavrov and Rubio in Riyadh (18 February
/// 2025), Putin and Pezeshkian in Ashgabat (11 October 2024) and in Kazan (23 October 2024).
/// </summary>
internal static class TestArticles
{
    public const string English = "Anchorage, 16 August 2025. Russian President Vladimir Putin met US President Donald Trump in Anchorage, Alaska, on Friday, 15 August 2025, for talks on Ukraine.";

    public const string Arabic = "الرياض، 18 فبراير 2025. التقى وزير الخارجية الروسي سيرغي لافروف وزير الخارجية الأمريكي ماركو روبيو في الرياض اليوم لبحث العلاقات بين البلدين.";

    public const string Russian = "Ашхабад, 11 октября 2024 года. Президент России Владимир Путин провёл встречу с президентом Ирана Масудом Пезешкианом в Ашхабаде.";

    public const string Persian = "کازان، ۲۳ اکتبر ۲۰۲۴. ولادیمیر پوتین رئیس جمهور روسیه با مسعود پزشکیان رئیس جمهور ایران در کازان دیدار کرد.";

    /// <summary>Writes the four articles into <paramref name="folder"/>/articles and returns that folder.</summary>
    public static string WriteAll(TempFolder folder)
    {
        folder.Write("articles/en-anchorage.txt", English);
        folder.Write("articles/ar-riyadh.txt", Arabic);
        folder.Write("articles/ru-ashgabat.txt", Russian);
        folder.Write("articles/fa-kazan.txt", Persian);
        return System.IO.Path.Combine(folder.Path, "articles");
    }
}
