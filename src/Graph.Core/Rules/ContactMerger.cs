using Graph.Facts;
using Graph.Mappings;

namespace Graph.Rules;

/// <summary>
/// Folds the contacts an article reports several times (headline, lead, body, a page repeating its
/// story) into one each. Reports of the same people and type with different days stay apart; an
/// undated report joins the dated one nearest the publication day; a weak "talks" report joins a call
/// or meeting of the same people; a meeting held in one participant's city implies the other's visit.
/// </summary>
internal static class ContactMerger
{
    public static IReadOnlyList<ContactCandidate> Merge(IReadOnlyList<ContactCandidate> candidates, DateOnly? published)
    {
        var survivors = WithoutWeakTalks(WithoutPlansAlsoDone(WithoutDenied(candidates)));
        var kept = survivors.Concat(ImpliedVisits(survivors)).ToList();

        var merged = new List<ContactCandidate>();
        foreach (var group in kept.GroupBy(Key))
        {
            var days = DayOf(group.Where(c => c.Date is not null).ToList());
            var dated = group.Where(c => c.Date is not null).GroupBy(c => days[c]).ToList();
            if (dated.Count == 0)
            {
                merged.Add(Combine(group.First(), group));
                continue;
            }
            var home = dated
                .OrderBy(d => published is { } day ? Math.Abs(d.Key.DayNumber - day.DayNumber) : -d.Key.DayNumber)
                .First().Key;
            foreach (var day in dated)
            {
                var members = day.Key == home ? day.Concat(group.Where(c => c.Date is null && !c.Earlier)) : day;
                merged.Add(Combine(day.OrderBy(c => c.Date!.Date).First(), members));
            }
            // An undated "they had met before" is another, earlier event: it stays apart from the dated ones.
            var earlierUndated = group.Where(c => c.Date is null && c.Earlier).ToList();
            if (earlierUndated.Count > 0)
            {
                merged.Add(Combine(earlierUndated[0], earlierUndated));
            }
        }
        return merged.OrderBy(c => c.Sentence).ThenBy(c => c.TriggerToken).ToList();
    }

    private const int VisitDays = 7;

    /// <summary>
    /// The day each dated report stands for. A visit lasts days: reports of one visitor in one country
    /// within a week are one visit, dated by its first day; other contacts keep their own day.
    /// </summary>
    private static Dictionary<ContactCandidate, DateOnly> DayOf(List<ContactCandidate> dated)
    {
        var days = new Dictionary<ContactCandidate, DateOnly>(ReferenceEqualityComparer.Instance);
        DateOnly? start = null;
        foreach (var candidate in dated.OrderBy(c => c.Date!.Date))
        {
            var day = candidate.Date!.Date;
            if (candidate.Type == ContactType.Visit && start is { } first && day.DayNumber - first.DayNumber <= VisitDays)
            {
                day = first;
            }
            else
            {
                start = day;
            }
            days[candidate] = day;
        }
        return days;
    }

    private static ContactCandidate Combine(ContactCandidate representative, IEnumerable<ContactCandidate> members)
    {
        var list = members.ToList();
        return representative with
        {
            Initiator = representative.Initiator ?? list.Select(c => c.Initiator).FirstOrDefault(i => i is not null),
            City = representative.City ?? list.Select(c => c.City).FirstOrDefault(c => c is not null),
            Weak = list.All(c => c.Weak),
        };
    }

    private static IEnumerable<ContactCandidate> ImpliedVisits(IReadOnlyList<ContactCandidate> candidates)
    {
        foreach (var meeting in candidates.Where(c => c.Type == ContactType.Meeting && c.City is not null && !c.Earlier && c.Status == ContactStatus.Happened))
        {
            var host = meeting.Participants.FirstOrDefault(p => p.How != PersonSource.Counterpart && meeting.CityCountry == p.Country)
                ?? meeting.Participants.FirstOrDefault(p => meeting.CityCountry == p.Country);
            if (host is null)
            {
                continue;
            }
            foreach (var guest in meeting.Participants.Where(p => p.Country != host.Country))
            {
                yield return meeting with { Type = ContactType.Visit, Participants = [guest], Initiator = null, Destination = host.Country };
            }
        }
    }

    /// <summary>
    /// What the article denies stays denied when it is told again without a day of its own ("the paper
    /// had reported that X called Y"); within one sentence a trigger that is not denied wins ("received
    /// ..., a meeting not announced in advance").
    /// </summary>
    private static List<ContactCandidate> WithoutDenied(IReadOnlyList<ContactCandidate> candidates)
    {
        var denied = candidates.Where(c => c.Denied).ToLookup(Key, c => c.Sentence, StringComparer.Ordinal);
        return candidates
            .Where(c => !c.Denied && !(denied[Key(c)].Any(sentence => sentence != c.Sentence) && (c.Date is null || c.DateInherited)))
            .ToList();
    }

    /// <summary>"After the visit to Moscow he will go on to Beijing": an undated plan the article also reports as done is that contact.</summary>
    private static List<ContactCandidate> WithoutPlansAlsoDone(List<ContactCandidate> candidates)
    {
        var done = candidates.Where(c => c.Status == ContactStatus.Happened).Select(EventKey).ToHashSet(StringComparer.Ordinal);
        return candidates.Where(c => c.Status == ContactStatus.Happened || c.Date is not null || !done.Contains(EventKey(c))).ToList();
    }

    /// <summary>
    /// A talk report yields to a call or meeting of the same people, unless it carries a day of its own
    /// that none of those has (then it is another encounter).
    /// </summary>
    private static List<ContactCandidate> WithoutWeakTalks(List<ContactCandidate> candidates)
    {
        var strong = candidates.Where(c => !c.Weak && c.Type is ContactType.Call or ContactType.Meeting).ToLookup(PeopleKey);
        return candidates
            .Where(c => !c.Weak || !strong.Contains(PeopleKey(c))
                || (c.Date is { } day && strong[PeopleKey(c)].All(s => s.Date is { } other && other.Date != day.Date)))
            .ToList();
    }

    private static string PeopleKey(ContactCandidate c) =>
        string.Join('|', c.Participants.Select(p => p.OfficialId).Order(StringComparer.Ordinal));

    /// <summary>One contact, whatever its status: type, people (inviter first; visitor and destination).</summary>
    private static string EventKey(ContactCandidate c) => c.Type switch
    {
        ContactType.Invitation => $"invitation|{c.Participants[0].OfficialId}|{c.Participants[1].OfficialId}",
        ContactType.Visit => $"visit|{c.Participants[0].OfficialId}|{c.Destination}",
        _ => $"{c.Type}|{PeopleKey(c)}",
    };

    private static string Key(ContactCandidate c) => $"{EventKey(c)}|{c.Status}";
}
