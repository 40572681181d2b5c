using Graph.Facts;
using Graph.Mappings;

namespace Graph.Evaluation;

/// <summary>
/// Compares an extraction with its gold: a contact matches when the type and the set of participants
/// (English canonical names) agree, and for a visit the destination too.
/// </summary>
public static class Scorer
{
    public static ArticleScore Score(ArticleExtraction extraction, GoldArticle gold)
    {
        var problems = new List<string>();
        var byType = Enum.GetValues<ContactType>().ToDictionary(t => t, _ => ContactScore.Zero);
        var unmatchedGold = gold.Contacts.ToList();
        // Pair contacts with the gold of the same day first, so that an earlier meeting of the same two
        // people does not take the place of the one the gold dates.
        var sameDay = new Dictionary<Contact, GoldContact>(ReferenceEqualityComparer.Instance);
        foreach (var contact in extraction.Contacts)
        {
            var exact = unmatchedGold.FirstOrDefault(g => Matches(contact, g) && g.Date is not null && g.Date == contact.Date);
            if (exact is not null)
            {
                sameDay[contact] = exact;
                unmatchedGold.Remove(exact);
            }
        }
        foreach (var contact in extraction.Contacts)
        {
            var match = sameDay.TryGetValue(contact, out var paired) ? paired : unmatchedGold.FirstOrDefault(g => Matches(contact, g));
            if (match is null)
            {
                byType[contact.Type] += ContactScore.Zero with { FalsePositives = 1 };
                problems.Add($"extra {Describe(contact)}");
                continue;
            }
            unmatchedGold.Remove(match);
            if (match.Optional)
            {
                continue;
            }
            var dated = match.Date is not null ? 1 : 0;
            var dateRight = match.Date is not null && match.Date == contact.Date ? 1 : 0;
            var initiated = match.Initiator is not null ? 1 : 0;
            var initiatorRight = match.Initiator is not null
                && contact.Participants.FirstOrDefault(p => p.Id == contact.Initiator)?.Name.Equals(match.Initiator, StringComparison.OrdinalIgnoreCase) == true ? 1 : 0;
            if (dated == 1 && dateRight == 0)
            {
                problems.Add($"wrong date {Day(contact.Date)} (gold {Day(match.Date)}) for {Describe(contact)}");
            }
            if (initiated == 1 && initiatorRight == 0)
            {
                problems.Add($"wrong initiator for {Describe(contact)} (gold {match.Initiator})");
            }
            byType[contact.Type] += new ContactScore(1, 0, 0, dated, dateRight, initiated, initiatorRight);
        }
        foreach (var missed in unmatchedGold.Where(g => !g.Optional))
        {
            byType[missed.Type] += ContactScore.Zero with { FalseNegatives = 1 };
            problems.Add($"missed {missed.Type.ToString().ToLowerInvariant()} {string.Join(" + ", missed.Participants)}: {missed.Evidence}");
        }
        var publishedRight = gold.Published == extraction.Article.Published;
        if (!publishedRight)
        {
            problems.Add($"published {Day(extraction.Article.Published)}, gold {Day(gold.Published)}");
        }
        var total = byType.Values.Aggregate(ContactScore.Zero, ContactScore.Add);
        return new ArticleScore(gold.Id, gold.Lang, publishedRight, total, byType, problems);
    }

    private static bool Matches(Contact contact, GoldContact gold) =>
        contact.Type == gold.Type
        && contact.Participants.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(gold.Participants)
        && (contact.Type != ContactType.Visit || gold.Destination is null || gold.Destination == contact.Destination);

    private static string Describe(Contact contact) =>
        $"{ContactTypeNames.Name(contact.Type)} {string.Join(" + ", contact.Participants.Select(p => p.Name))}"
        + (contact.Destination is null ? "" : $" -> {contact.Destination}")
        + $" ({(contact.Date is null ? "undated" : Day(contact.Date))}): {contact.Evidence}";

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
