using Graph.Gazetteer;
using Graph.Mappings;

namespace Graph.Rules;

/// <summary>
/// Finds the titles of a sentence and the countries written with them: after the title where the
/// language puts modifiers after ("وزیر دفاع روسیه"), before it where it puts them before ("Russian
/// defence minister"), lists after plural titles ("ministers of Russia and the US"), and "this country"
/// or "the two countries" pointing back along the article.
/// </summary>
internal sealed class TitleFinder(LanguageMorphology morphology)
{
    private const int TitleCountryGap = 1;
    private const int CounterpartCountryGap = 2;
    private const int ListGap = 2;

    public List<TitleGroup> FindTitles(MentionScan scan, CountryTrail trail)
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
                var explicitCountry = NextIsCountry(scan, i) ? MentionCountry.Of(scan.Mentions[i + 1], adjectives: true) : null;
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
            if (MentionCountry.Of(next, adjectives: true) is not { } country)
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

    public static bool CountryNear(MentionScan scan, int index) =>
        NextIsCountry(scan, index)
        || (index > 0 && scan.Gap(scan.Mentions[index - 1].LastToken, scan.Mentions[index].FirstToken) <= TitleCountryGap
            && MentionCountry.Of(scan.Mentions[index - 1], adjectives: true) is not null);

    public static bool NextIsCountry(MentionScan scan, int index) =>
        index + 1 < scan.Mentions.Count
        && scan.Gap(scan.Mentions[index].LastToken, scan.Mentions[index + 1].FirstToken) <= TitleCountryGap
        && (MentionCountry.Of(scan.Mentions[index + 1], adjectives: true) is not null || scan.Mentions[index + 1].Has(EntryKind.BothCountries));

    private static void CollectBefore(MentionScan scan, int index, TitleGroup group)
    {
        if (index == 0)
        {
            return;
        }
        var previous = scan.Mentions[index - 1];
        if (!scan.Used[index - 1] && scan.Gap(previous.LastToken, scan.Mentions[index].FirstToken) <= TitleCountryGap
            && MentionCountry.Of(previous, adjectives: true) is { } country)
        {
            scan.Used[index - 1] = true;
            group.Countries.Add(country);
        }
    }

    public static void FillFromContext(List<TitleGroup> groups, MentionScan scan)
    {
        foreach (var group in groups.Where(g => !g.Absorbed && g.Kind == TitleKind.Role && !g.Plural && g.Countries.Count == 0))
        {
            for (var j = scan.Mentions.Count - 1; j >= 0; j--)
            {
                var mention = scan.Mentions[j];
                if (mention.LastToken < group.FirstToken && !scan.Used[j] && MentionCountry.Of(mention, adjectives: true) is { } country)
                {
                    group.Countries.Add(country);
                    break;
                }
            }
        }
    }
}
