namespace Graph.Text;

/// <summary>Two-letter codes used in the mappings and the extraction contract.</summary>
public static class LanguageCodes
{
    public static IReadOnlyList<Language> All { get; } = [Language.Fa, Language.Ar, Language.En, Language.Ru];

    public static string ToCode(this Language language) => language switch
    {
        Language.Fa => "fa",
        Language.Ar => "ar",
        Language.En => "en",
        Language.Ru => "ru",
        _ => "unknown",
    };

    public static bool TryParse(string? code, out Language language)
    {
        language = code switch
        {
            "fa" => Language.Fa,
            "ar" => Language.Ar,
            "en" => Language.En,
            "ru" => Language.Ru,
            _ => Language.Unknown,
        };
        return language != Language.Unknown;
    }
}
