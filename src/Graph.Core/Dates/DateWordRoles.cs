namespace Graph.Dates;

/// <summary>What a vocabulary phrase can stand for; one phrase may have several roles.</summary>
[Flags]
internal enum DateWordRoles
{
    None = 0,
    GregorianMonth = 1,
    SolarHijriMonth = 2,
    Weekday = 4,
    RelativeDay = 8,
    Filler = 16,
    GregorianEra = 32,
    SolarHijriEra = 64,
    OrdinalDay = 128,
    Month = GregorianMonth | SolarHijriMonth,
    Trailing = Filler | GregorianEra | SolarHijriEra,
    Any = Month | Weekday | RelativeDay | Trailing | OrdinalDay,
}
