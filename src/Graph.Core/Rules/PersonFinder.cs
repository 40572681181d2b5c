using Graph.Gazetteer;
using Graph.Mappings;

namespace Graph.Rules;

/// <summary>
/// Finds the officials a sentence speaks of: names; titles with their country ("وزیر دفاع روسیه",
/// "US Secretary of State", "the defence ministers of Russia and the US", "this country's minister");
/// a title next to a name describes that name; a title alone resolves to whoever held the office on
/// the day; "his American counterpart" resolves to the holder of the other person's office in that country.
/// </summary>
internal sealed class PersonFinder(Roster roster, LanguageMorphology morphology, IReadOnlyDictionary<string, string> capitals)
{
    private const int TitleCountryGap = 1;
    private const int CounterpartCountryGap = 2;
    private const int TitleNameGap = 1;
    private const int ListGap = 2;

    public SentencePeople Find(SentenceView sentence, CountryTrail trail, DateOnly? day, IReadOnlyList<PersonRef> earlier,
        IReadOnlyList<PersonRef>? lastContact)
    {
        if (!sentence.Mentions.Any(m => m.Entries.Any(e => e.Kind is EntryKind.Official or EntryKind.Role or EntryKind.RolePlural
            or EntryKind.Counterpart or EntryKind.PairReference or EntryKind.PersonReference)))
        {
            return SentencePeople.Empty;
        }
        var scan = new MentionScan(sentence.Mentions);
        var groups = FindTitles(scan, trail);
        var people = new List<PersonRef>();
        var possessors = new List<PersonRef>();
        foreach (var (mention, index) in sentence.Mentions.Select((m, i) => (m, i)))
        {
            if (mention.First(EntryKind.Official) is { } name)
            {
                scan.Used[index] = true;
                var title = Absorb(groups, mention, name.Country!, scan, name.Id);
                people.Add(new PersonRef(name.Id, name.Country!, Math.Min(mention.FirstToken, title?.FirstToken ?? int.MaxValue),
                    Math.Max(mention.LastToken, title?.LastToken ?? -1), title?.Role, "name"));
            }
        }
        // A name written right against a title that describes another name owns that title ("Trump's special
        // envoy Steve Witkoff", "ویتکاف، فرستاده ویژه ترامپ"): it is not a party to what the sentence reports.
        foreach (var mention in sentence.Mentions)
        {
            if (mention.First(EntryKind.Official) is { } name
                && groups.Any(g => g.Owner is { } owner && owner != name.Id && g.Kind == TitleKind.Role
                    && Possesses(sentence.Source, mention, g)))
            {
                possessors.AddRange(people.Where(p => p.OfficialId == name.Id && p.How == "name"));
            }
        }
        FillFromContext(groups, scan);
        foreach (var group in groups.Where(g => !g.Absorbed && g.Kind == TitleKind.Role))
        {
            foreach (var country in group.Countries)
            {
                if (roster.Holder(group.Role!, country, day) is { } holder)
                {
                    people.Add(new PersonRef(holder.Id, holder.Country, group.FirstToken, group.LastToken, group.Role, "title"));
                }
            }
        }
        foreach (var group in groups.Where(g => !g.Absorbed && g.Counterpart))
        {
            ResolveCounterpart(group, people, day);
        }
        foreach (var group in groups.Where(g => !g.Absorbed && g.Kind == TitleKind.Reference))
        {
            var person = people.FirstOrDefault(p => p.LastToken < group.FirstToken && group.Countries.Contains(p.Country))
                ?? LastOf(earlier, p => group.Countries.Contains(p.Country));
            if (person is not null)
            {
                people.Add(person with { FirstToken = group.FirstToken, LastToken = group.LastToken, How = "reference" });
            }
        }
        foreach (var group in groups.Where(g => !g.Absorbed && g.Kind == TitleKind.Pair))
        {
            // "The two presidents Trump and Putin": the names that follow say who they are.
            if (people.Any(p => p.How == "name" && (scan.TitleGap(group.LastToken, p.FirstToken) <= 1 && p.FirstToken > group.LastToken)))
            {
                continue;
            }
            // "The two leaders" are the last two people named who hold such offices; failing that, the
            // parties of the contact just reported.
            var roles = group.Role is { Length: > 0 } list ? list.Split(',') : [];
            var pair = LastPair(earlier, p => roles.Length == 0 || roles.Contains(p.Role) || roster.RolesOn(p.OfficialId, day).Any(roles.Contains)).ToList();
            if (pair.Count < 2 && lastContact is { Count: >= 2 })
            {
                pair = lastContact.Take(2).ToList();
            }
            foreach (var person in pair)
            {
                people.Add(person with { FirstToken = group.FirstToken, LastToken = group.LastToken, How = "pair" });
            }
        }
        var places = new List<PlaceRef>();
        for (var index = 0; index < scan.Mentions.Count; index++)
        {
            var mention = scan.Mentions[index];
            var located = Preceded(scan, index, EntryKind.Locative);
            var directed = Preceded(scan, index, EntryKind.Directional);
            if (mention.Has(EntryKind.Capital) && Capital(scan, index) is { } capital)
            {
                places.Add(new PlaceRef(capital.Country, capital.City, mention.FirstToken, mention.LastToken, located, directed));
            }
            else if (!scan.Used[index] && !mention.Has(EntryKind.Official) && Place(mention, located, directed) is { } place)
            {
                places.Add(place);
            }
        }
        people.RemoveAll(person => possessors.Contains(person));
        people.Sort(static (a, b) => a.FirstToken.CompareTo(b.FirstToken));
        var distinct = new List<PersonRef>(people.Count);
        foreach (var person in people)
        {
            if (!distinct.Exists(d => d.OfficialId == person.OfficialId))
            {
                distinct.Add(person);
            }
        }
        return new SentencePeople(distinct, places);
    }

    private List<TitleGroup> FindTitles(MentionScan scan, CountryTrail trail)
    {
        var groups = new List<TitleGroup>();
        for (var i = 0; i < scan.Mentions.Count; i++)
        {
            var mention = scan.Mentions[i];
            var role = mention.First(EntryKind.Role) ?? mention.First(EntryKind.RolePlural);
            var kind = role is not null ? TitleKind.Role
                : mention.Has(EntryKind.Counterpart) ? TitleKind.Counterpart
                // "the leaders" point back to a pair; "the Russian leader" (a country next to it) to one person.
                : mention.Has(EntryKind.PairReference) && !(mention.Has(EntryKind.PersonReference) && CountryNear(scan, i)) ? TitleKind.Pair
                : mention.Has(EntryKind.PersonReference) ? TitleKind.Reference
                : (TitleKind?)null;
            if (mention.Has(EntryKind.Official) || kind is null)
            {
                continue;
            }
            scan.Used[i] = true;
            // Stems can make a singular and a plural title meet (министр / министры): a list of countries
            // after an ambiguous one reads it as plural; only an unambiguous plural points back to a pair.
            var plural = mention.Has(EntryKind.RolePlural);
            var group = new TitleGroup(mention.FirstToken, mention.LastToken, role?.Id ?? mention.First(EntryKind.PairReference)?.Id, kind.Value, [])
            {
                Plural = plural && !mention.Has(EntryKind.Role),
                Start = mention.Start,
                End = mention.End,
            };
            if (kind == TitleKind.Pair)
            {
                groups.Add(group);
                continue;
            }
            if (role is not null && mention.Has(EntryKind.PairReference) && !NextIsCountry(scan, i))
            {
                // "الرئيسان", "президенты" with no country after them: the two people, not an office.
                groups.Add(new TitleGroup(mention.FirstToken, mention.LastToken, mention.First(EntryKind.PairReference)!.Id, TitleKind.Pair, []));
                continue;
            }
            if (role?.Country is { } implied)
            {
                // A title that names one country's office by default yields to a country written right
                // after it ("رئیس ستاد کل نیروهای مسلح روسیه" is Russia's, not Iran's).
                var explicitCountry = NextIsCountry(scan, i) ? CountryOf(scan.Mentions[i + 1], adjectives: true) : null;
                if (explicitCountry is not null && explicitCountry != implied)
                {
                    scan.Used[i + 1] = true;
                }
                group.Countries.Add(explicitCountry ?? implied);
            }
            else
            {
                var gap = group.Kind == TitleKind.Role ? TitleCountryGap : CounterpartCountryGap;
                if (morphology.ModifiersAfter)
                {
                    CollectAfter(scan, i, group, plural || group.Counterpart, gap, trail);
                }
                if (group.Countries.Count == 0 && morphology.ModifiersBefore)
                {
                    CollectBefore(scan, i, group);
                }
            }
            groups.Add(group);
        }
        return groups;
    }

    private static void CollectAfter(MentionScan scan, int index, TitleGroup group, bool list, int maxGap, CountryTrail trail)
    {
        var last = scan.Mentions[index].LastToken;
        for (var j = index + 1; j < scan.Mentions.Count; j++)
        {
            var next = scan.Mentions[j];
            if (next.Has(EntryKind.Conjunction) && next.Entries.Count == 1)
            {
                continue;
            }
            if (scan.Used[j] || scan.Gap(last, next.FirstToken) > (group.Countries.Count == 0 ? maxGap : ListGap))
            {
                return;
            }
            if ((next.Has(EntryKind.ThisCountry) || next.Has(EntryKind.BothCountries)) && group.Kind == TitleKind.Role)
            {
                scan.Used[j] = true;
                group.Countries.AddRange(trail.Before(next.FirstToken, next.Has(EntryKind.BothCountries) ? 2 : 1));
                return;
            }
            if (CountryOf(next, adjectives: true) is not { } country)
            {
                return;
            }
            scan.Used[j] = true;
            group.Countries.Add(country);
            last = next.LastToken;
            if (!list)
            {
                return;
            }
        }
    }

    private static bool CountryNear(MentionScan scan, int index) =>
        NextIsCountry(scan, index)
        || (index > 0 && scan.Gap(scan.Mentions[index - 1].LastToken, scan.Mentions[index].FirstToken) <= TitleCountryGap
            && CountryOf(scan.Mentions[index - 1], adjectives: true) is not null);

    private static bool NextIsCountry(MentionScan scan, int index) =>
        index + 1 < scan.Mentions.Count
        && scan.Gap(scan.Mentions[index].LastToken, scan.Mentions[index + 1].FirstToken) <= TitleCountryGap
        && (CountryOf(scan.Mentions[index + 1], adjectives: true) is not null || scan.Mentions[index + 1].Has(EntryKind.BothCountries));

    private static void CollectBefore(MentionScan scan, int index, TitleGroup group)
    {
        if (index == 0)
        {
            return;
        }
        var previous = scan.Mentions[index - 1];
        if (!scan.Used[index - 1] && scan.Gap(previous.LastToken, scan.Mentions[index].FirstToken) <= TitleCountryGap
            && CountryOf(previous, adjectives: true) is { } country)
        {
            scan.Used[index - 1] = true;
            group.Countries.Add(country);
        }
    }

    private TitleGroup? Absorb(List<TitleGroup> groups, Mention name, string country, MentionScan scan, string owner)
    {
        TitleGroup? best = null;
        var bestGap = int.MaxValue;
        foreach (var group in groups.Where(g => !g.Absorbed && g.Kind != TitleKind.Pair))
        {
            if (group.Countries.Count > 0 && !group.Countries.Contains(country))
            {
                continue;
            }
            var after = group.FirstToken > name.LastToken;
            var gap = after ? scan.TitleGap(name.LastToken, group.FirstToken) : scan.TitleGap(group.LastToken, name.FirstToken);
            // Where titles precede names ("Foreign Minister Lavrov"), a title right before a name wins a tie.
            var rank = gap * 2 + (after == morphology.ModifiersBefore ? 1 : 0);
            if (gap <= TitleNameGap && rank < bestGap)
            {
                best = group;
                bestGap = rank;
            }
        }
        if (best is null)
        {
            return null;
        }
        best.Absorbed = true;
        best.Owner = owner;
        best.OwnerToken = name.FirstToken;
        // "special envoy of the US president Steve Witkoff": titles written on to the one next to the
        // name belong to the same description; the first of them in the text is the office held.
        var chain = new List<TitleGroup> { best };
        var extended = true;
        while (extended)
        {
            extended = false;
            foreach (var group in groups.Where(g => !g.Absorbed && g.Kind == TitleKind.Role))
            {
                var touches = chain.Any(c => group.LastToken < c.FirstToken && scan.TitleGap(group.LastToken, c.FirstToken) == 0
                    || group.FirstToken > c.LastToken && scan.TitleGap(c.LastToken, group.FirstToken) == 0);
                var sameSide = (group.FirstToken > name.LastToken) == (best.FirstToken > name.LastToken);
                if (touches && sameSide)
                {
                    group.Absorbed = true;
                    group.Owner = owner;
                    group.OwnerToken = name.FirstToken;
                    chain.Add(group);
                    extended = true;
                }
            }
        }
        return chain.OrderBy(g => g.FirstToken).First();
    }

    private static void FillFromContext(List<TitleGroup> groups, MentionScan scan)
    {
        foreach (var group in groups.Where(g => !g.Absorbed && g.Kind == TitleKind.Role && !g.Plural && g.Countries.Count == 0))
        {
            for (var j = scan.Mentions.Count - 1; j >= 0; j--)
            {
                var mention = scan.Mentions[j];
                if (mention.LastToken < group.FirstToken && !scan.Used[j] && CountryOf(mention, adjectives: true) is { } country)
                {
                    group.Countries.Add(country);
                    break;
                }
            }
        }
    }

    private void ResolveCounterpart(TitleGroup group, List<PersonRef> people, DateOnly? day)
    {
        var anchor = people
            .Where(p => !group.Countries.Contains(p.Country))
            .OrderBy(p => Math.Abs(p.FirstToken - group.FirstToken))
            .FirstOrDefault();
        if (anchor is null)
        {
            return;
        }
        var roles = anchor.Role is { } role ? [role] : roster.RolesOn(anchor.OfficialId, day);
        foreach (var country in group.Countries)
        {
            var holder = roles.Select(r => (Role: r, Holder: roster.Holder(r, country, day))).FirstOrDefault(pair => pair.Holder is not null);
            if (holder.Holder is { } official)
            {
                people.Add(new PersonRef(official.Id, official.Country, group.FirstToken, group.LastToken, holder.Role, "counterpart"));
            }
        }
    }

    /// <summary>The two people last named who are of different countries and fit, earlier one first.</summary>
    private static IEnumerable<PersonRef> LastPair(IReadOnlyList<PersonRef> earlier, Func<PersonRef, bool> fits)
    {
        var fitting = new List<PersonRef>();
        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            if (!fitting.Exists(p => p.OfficialId == earlier[i].OfficialId) && fits(earlier[i]))
            {
                fitting.Add(earlier[i]);
            }
        }
        for (var i = 0; i < fitting.Count; i++)
        {
            for (var j = i + 1; j < fitting.Count; j++)
            {
                if (fitting[j].Country != fitting[i].Country)
                {
                    return [fitting[j], fitting[i]];
                }
            }
        }
        return [];
    }

    private static PersonRef? LastOf(IReadOnlyList<PersonRef> earlier, Func<PersonRef, bool> fits)
    {
        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            if (fits(earlier[i]))
            {
                return earlier[i];
            }
        }
        return null;
    }

    private static string? CountryOf(Mention mention, bool adjectives)
    {
        var entry = mention.First(EntryKind.Country) ?? mention.First(EntryKind.Metonym)
            ?? (adjectives ? mention.First(EntryKind.CountryAdjective) : null);
        return entry?.Country;
    }

    /// <summary>
    /// Whether a name owns another person's title: right after it when the title follows its owner
    /// ("ویتکاف، فرستاده ویژه ترامپ"), or before it with a possessive "'s" when the owner follows
    /// ("Trump's special envoy Steve Witkoff").
    /// </summary>
    private static bool Possesses(string source, Mention name, TitleGroup title)
    {
        if (name.Start >= title.End && title.OwnerToken < title.FirstToken)
        {
            return source.AsSpan(title.End, name.Start - title.End).Trim().IsEmpty;
        }
        if (name.End <= title.Start && title.OwnerToken > title.LastToken)
        {
            return source.AsSpan(name.End, title.Start - name.End).Trim() is "'s" or "’s" or "'";
        }
        return false;
    }

    /// <summary>"العاصمة الروسية", "the Russian capital": the capital city of the country written next to the word.</summary>
    private (string Country, string City)? Capital(MentionScan scan, int index)
    {
        foreach (var neighbour in new[] { index + 1, index - 1 })
        {
            if (neighbour < 0 || neighbour >= scan.Mentions.Count)
            {
                continue;
            }
            var other = scan.Mentions[neighbour];
            var gap = neighbour > index ? scan.Gap(scan.Mentions[index].LastToken, other.FirstToken) : scan.Gap(other.LastToken, scan.Mentions[index].FirstToken);
            if (gap <= 1 && CountryOf(other, adjectives: true) is { } country && capitals.TryGetValue(country, out var city))
            {
                scan.Used[neighbour] = true;
                return (country, city);
            }
        }
        return null;
    }

    private static bool Preceded(MentionScan scan, int index, EntryKind kind) =>
        index > 0 && scan.Mentions[index - 1].Has(kind) && scan.Gap(scan.Mentions[index - 1].LastToken, scan.Mentions[index].FirstToken) == 0;

    private static PlaceRef? Place(Mention mention, bool located, bool directed)
    {
        if (mention.First(EntryKind.City) is { } city)
        {
            return new PlaceRef(city.Country!, city.City, mention.FirstToken, mention.LastToken, located, directed);
        }
        return CountryOf(mention, adjectives: false) is { } country
            ? new PlaceRef(country, null, mention.FirstToken, mention.LastToken, located, directed)
            : null;
    }
}
