namespace Graph.Mappings.Internal;

/// <summary>
/// Finds offices that cannot both be true: one person holding the same role twice at once, and two
/// people holding a single-holder role of one country at once. A handover day (one term's last day
/// is the next term's first) is not a conflict between two people: sources date both terms that way.
/// </summary>
internal static class OfficeConflicts
{
    public static IEnumerable<MappingError> SamePerson(IEnumerable<OfficialMapping> officials)
    {
        foreach (var official in officials)
        {
            foreach (var group in official.Offices.GroupBy(office => office.Role))
            {
                foreach (var (earlier, later) in Pairs(group))
                {
                    if (Overlap(earlier, later) is { } overlap)
                    {
                        yield return new MappingError(later.Mark,
                            $"official {official.Id} holds role '{later.Role}' twice {overlap}",
                            "offices of one person in one role must not overlap; merge them or correct the dates");
                    }
                }
            }
        }
    }

    public static IEnumerable<MappingError> SingleHolder(IEnumerable<OfficialMapping> officials, IReadOnlySet<string> singleHolderRoles)
    {
        var holders = officials
            .SelectMany(official => official.Offices.Select(office => (Official: official.Id, Office: office)))
            .Where(held => singleHolderRoles.Contains(held.Office.Role))
            .GroupBy(held => (held.Office.Role, held.Office.Country));
        foreach (var group in holders)
        {
            var terms = group.OrderBy(held => held.Office.From).ToList();
            for (var i = 0; i < terms.Count; i++)
            {
                for (var j = i + 1; j < terms.Count; j++)
                {
                    var (first, second) = (terms[i], terms[j]);
                    if (first.Official != second.Official
                        && first.Office.To != second.Office.From
                        && Overlap(first.Office, second.Office) is { } overlap)
                    {
                        yield return new MappingError(second.Office.Mark,
                            $"officials {first.Official} and {second.Official} both hold single-holder role '{group.Key.Role}' of {group.Key.Country} {overlap}",
                            "one holder per country at a time: correct the dates, or set single_holder: false on the role");
                    }
                }
            }
        }
    }

    private static IEnumerable<(Office Earlier, Office Later)> Pairs(IEnumerable<Office> offices)
    {
        var sorted = offices.OrderBy(office => office.From).ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count; j++)
            {
                yield return (sorted[i], sorted[j]);
            }
        }
    }

    /// <summary>"from A to B" (or "from A on") when the two offices share a day, else null.</summary>
    private static string? Overlap(Office a, Office b)
    {
        var start = a.From > b.From ? a.From : b.From;
        DateOnly? end = (a.To, b.To) switch
        {
            (null, null) => null,
            (null, { } only) => only,
            ({ } only, null) => only,
            ({ } x, { } y) => x < y ? x : y,
        };
        if (end is { } last && last < start)
        {
            return null;
        }

        return end is { } stop ? $"from {start:yyyy-MM-dd} to {stop:yyyy-MM-dd}" : $"from {start:yyyy-MM-dd} on";
    }
}
