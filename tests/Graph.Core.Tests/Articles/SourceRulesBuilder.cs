using Graph.Mappings;

namespace Graph.Tests.Articles;

/// <summary>Source rules written in test code (the YAML loader is tested on its own).</summary>
internal static class SourceRulesBuilder
{
    public static SiteRules Generic() => new(
        "generic",
        [],
        ["انتهای پیام", "اخبار مرتبط", "برچسب ها", "Recent Posts", "Related", "Related articles", "Tags:", "المصدر", "اقرأ أيضا", "Читайте также"],
        [@"^\W*(share|tweet|print)\W*$", @"^\W*(اشتراک ?گذاری|چاپ)\W*$"],
        ["تاریخ انتشار", "انتشار", "Published", "تاريخ النشر", "Опубликовано"],
        ["به روز شده", "Updated", "Last updated", "آخر تحديث", "Обновлено"],
        SourceMark.None);

    public static SiteRules Site(string name, string detect, string endMarker) =>
        new(name, [detect], [endMarker], [], [], [], SourceMark.None);

    public static SourceMapping Mapping(params SiteRules[] sites) => new(Generic(), sites);
}
