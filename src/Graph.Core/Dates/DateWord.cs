namespace Graph.Dates;

/// <summary>The meanings of one normalised vocabulary phrase; a value is only meaningful when its role is set.</summary>
internal sealed record DateWord(
    DateWordRoles Roles,
    int GregorianMonth = 0,
    int SolarHijriMonth = 0,
    DayOfWeek Weekday = DayOfWeek.Sunday,
    int OffsetDays = 0,
    int Day = 0)
{
    public bool Has(DateWordRoles roles) => (Roles & roles) != 0;

    /// <summary>Whether two month names name the same month ("آب/أغسطس").</summary>
    public bool IsSameMonth(DateWord other) =>
        (Has(DateWordRoles.GregorianMonth) && other.Has(DateWordRoles.GregorianMonth) && GregorianMonth == other.GregorianMonth)
        || (Has(DateWordRoles.SolarHijriMonth) && other.Has(DateWordRoles.SolarHijriMonth) && SolarHijriMonth == other.SolarHijriMonth);

    /// <summary>
    /// Adds the roles of another listing of the same phrase. A phrase listed twice for one role with two
    /// values (a name in two months) is a mapping mistake the finder could only resolve by guessing.
    /// </summary>
    public DateWord Merge(DateWord other, string phrase)
    {
        if (Conflicts(other))
        {
            throw new ArgumentException($"dates vocabulary: '{phrase}' is listed with two different meanings", nameof(other));
        }

        return new DateWord(
            Roles | other.Roles,
            other.Has(DateWordRoles.GregorianMonth) ? other.GregorianMonth : GregorianMonth,
            other.Has(DateWordRoles.SolarHijriMonth) ? other.SolarHijriMonth : SolarHijriMonth,
            other.Has(DateWordRoles.Weekday) ? other.Weekday : Weekday,
            other.Has(DateWordRoles.RelativeDay) ? other.OffsetDays : OffsetDays,
            other.Has(DateWordRoles.OrdinalDay) ? other.Day : Day);
    }

    private bool Conflicts(DateWord other)
    {
        var shared = Roles & other.Roles;
        return ((shared & DateWordRoles.GregorianMonth) != 0 && GregorianMonth != other.GregorianMonth)
            || ((shared & DateWordRoles.SolarHijriMonth) != 0 && SolarHijriMonth != other.SolarHijriMonth)
            || ((shared & DateWordRoles.Weekday) != 0 && Weekday != other.Weekday)
            || ((shared & DateWordRoles.RelativeDay) != 0 && OffsetDays != other.OffsetDays)
            || ((shared & DateWordRoles.OrdinalDay) != 0 && Day != other.Day);
    }
}
