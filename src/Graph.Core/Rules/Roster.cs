using Graph.Mappings;

namespace Graph.Rules;

/// <summary>Who held which office when: the officials of the mappings indexed by role and country.</summary>
public sealed class Roster
{
    private readonly Dictionary<string, OfficialMapping> _officials;
    private readonly Dictionary<(string Role, string Country), List<(OfficialMapping Official, Office Office)>> _holders = [];

    public Roster(IEnumerable<OfficialMapping> officials)
    {
        _officials = officials.ToDictionary(official => official.Id, StringComparer.Ordinal);
        foreach (var official in _officials.Values)
        {
            foreach (var office in official.Offices)
            {
                var key = (office.Role, office.Country);
                if (!_holders.TryGetValue(key, out var list))
                {
                    list = [];
                    _holders.Add(key, list);
                }
                list.Add((official, office));
            }
        }
    }

    public OfficialMapping Official(string id) => _officials[id];

    public bool Knows(string id) => _officials.ContainsKey(id);

    /// <summary>The holder of a role in a country on a day; without a day, only a role that ever had one holder resolves.</summary>
    public OfficialMapping? Holder(string role, string country, DateOnly? day)
    {
        if (!_holders.TryGetValue((role, country), out var holders))
        {
            return null;
        }
        if (day is { } date)
        {
            // On a handover day both terms cover the day: the incoming holder is the one in office.
            (OfficialMapping Official, Office Office)? best = null;
            var others = false;
            foreach (var holder in holders)
            {
                if (!holder.Office.Covers(date))
                {
                    continue;
                }
                if (best is { } current && current.Official.Id != holder.Official.Id)
                {
                    others = true;
                    if (holder.Office.From > current.Office.From)
                    {
                        best = holder;
                    }
                }
                else if (best is null)
                {
                    best = holder;
                }
            }
            return best is not { } found ? null : !others || found.Office.From == date ? found.Official : null;
        }
        var everyone = holders.Select(holder => holder.Official).Distinct().ToList();
        return everyone.Count == 1 ? everyone[0] : null;
    }

    /// <summary>The roles an official held on a day (all roles when the day is unknown).</summary>
    public IReadOnlyList<string> RolesOn(string officialId, DateOnly? day) =>
        _officials.TryGetValue(officialId, out var official)
            ? official.Offices.Where(office => day is null || office.Covers(day.Value)).Select(office => office.Role).Distinct().ToList()
            : [];
}
