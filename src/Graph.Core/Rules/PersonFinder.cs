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
    private const int TitleNameGap = 1;

    public SentencePeople Find(SentenceView sentence, CountryTrail trail, DateOnly? day, IReadOnlyList<PersonRef> earlier,
        IReadOnlyList<PersonRef>? lastContact)
    {
        if (!sentence.Mentions.Any(m => m.Entries.Any(e => e.Kind is EntryKind.Official or EntryKind.Role or EntryKind.RolePlural
            or EntryKind.Counterpart or EntryKind.PairReference or EntryKind.PersonReference)))
        {
            return SentencePeople.Empty;
        }
        var scan = new MentionScan(sentence.Mentions);
        var groups = new TitleFinder(morphology).FindTitles(scan, trail);
        var people = new List<PersonRef>();
        var possessors = new List<PersonRef>();
        foreach (var (mention, index) in sentence.Mentions.Select((m, i) => (m, i)))
        {
            if (mention.First(EntryKind.Official) is { } name)
            {
                scan.Used[index] = true;
                var title = Absorb(groups, mention, name.Country!, scan, name.Id);
                people.Add(new PersonRef(name.Id, name.Country!, Math.Min(mention.FirstToken, title?.FirstToken ?? int.MaxValue),
                    Math.Max(mention.LastToken, title?.LastToken ?? -1), title?.Role, PersonSource.Name));
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
                possessors.AddRange(people.Where(p => p.OfficialId == name.Id && p.How == PersonSource.Name));
            }
        }
        TitleFinder.FillFromContext(groups, scan);
        foreach (var group in groups.Where(g => !g.Absorbed && g.Kind == TitleKind.Role))
        {
            foreach (var country in group.Countries)
            {
                if (roster.Holder(group.Role!, country, day) is { } holder)
                {
                    people.Add(new PersonRef(holder.Id, holder.Country, group.FirstToken, group.LastToken, group.Role, PersonSource.Title));
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
                people.Add(person with { FirstToken = group.FirstToken, LastToken = group.LastToken, How = PersonSource.Reference });
            }
        }
        foreach (var group in groups.Where(g => !g.Absorbed && g.Kind == TitleKind.Pair))
        {
            // "The two presidents Trump and Putin": the names that follow say who they are.
            if (people.Any(p => p.How == PersonSource.Name && (scan.TitleGap(group.LastToken, p.FirstToken) <= 1 && p.FirstToken > group.LastToken)))
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
                people.Add(person with { FirstToken = group.FirstToken, LastToken = group.LastToken, How = PersonSource.Pair });
            }
        }
        var places = new List<PlaceRef>();
        for (var index = 0; index < scan.Mentions.Count; index++)
        {
            var mention = scan.Mentions[index];
            var located = PlaceFinder.Preceded(scan, index, EntryKind.Locative);
            var directed = PlaceFinder.Preceded(scan, index, EntryKind.Directional);
            if (mention.Has(EntryKind.Capital) && PlaceFinder.Capital(scan, index, capitals) is { } capital)
            {
                places.Add(new PlaceRef(capital.Country, capital.City, mention.FirstToken, mention.LastToken, located, directed));
            }
            else if (!scan.Used[index] && !mention.Has(EntryKind.Official) && PlaceFinder.Place(mention, located, directed) is { } place)
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
                people.Add(new PersonRef(official.Id, official.Country, group.FirstToken, group.LastToken, holder.Role, PersonSource.Counterpart));
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



}
