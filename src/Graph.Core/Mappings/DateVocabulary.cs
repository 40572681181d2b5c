namespace Graph.Mappings;

/// <summary>
/// dates.yaml: month names (index 0 = month 1) of the Gregorian and the Solar Hijri calendars, weekday
/// names (index = (int)DayOfWeek, Sunday = 0), relative day words, words that may follow a weekday or a
/// date without changing it ("night", "evening", "ماه"), era words ("میلادی", "шамси"), and days written as
/// ordinal words (index 0 = day 1: "اول", "السادس", "first").
/// </summary>
public sealed record DateVocabulary(
    IReadOnlyList<PhraseSet> GregorianMonths,
    IReadOnlyList<PhraseSet> SolarHijriMonths,
    IReadOnlyList<PhraseSet> Weekdays,
    IReadOnlyList<RelativeDay> RelativeDays,
    PhraseSet Fillers,
    PhraseSet GregorianEra,
    PhraseSet SolarHijriEra,
    IReadOnlyList<PhraseSet>? DayOrdinals = null);
