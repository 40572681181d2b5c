namespace Graph.Mappings;

/// <summary>
/// dates.yaml: month names (index 0 = month 1) of the Gregorian and the Solar Hijri calendars, weekday
/// names (index = (int)DayOfWeek, Sunday = 0), relative day words, words that may follow a weekday or a
/// date without changing it ("night", "evening", "ماه"), and era words ("میلادی", "шамси").
/// </summary>
public sealed record DateVocabulary(
    IReadOnlyList<PhraseSet> GregorianMonths,
    IReadOnlyList<PhraseSet> SolarHijriMonths,
    IReadOnlyList<PhraseSet> Weekdays,
    IReadOnlyList<RelativeDay> RelativeDays,
    PhraseSet Fillers,
    PhraseSet GregorianEra,
    PhraseSet SolarHijriEra);
