using System.Globalization;
using Graph.Dates;
using Graph.Mappings;

namespace Graph.Facts;

/// <summary>
/// Turns an article's contacts into contact edges. Calls, meetings and invitations become one edge per
/// pair of officials; a visit becomes one edge per visitor to the destination country. The key names
/// the kind, the officials (sorted, so that either direction gives the same key), the destination of a
/// visit and the day, so that the same contact reported by several articles is one relationship.
/// </summary>
internal static class ContactEdges
{
    public static IReadOnlyList<EdgeFact> Build(ArticleInfo article, IReadOnlyList<Contact> contacts, ICollection<string> warnings)
    {
        var edges = new List<EdgeFact>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var contact in contacts)
        {
            foreach (var edge in EdgesOf(article, contact, warnings))
            {
                // A page that repeats its story yields the same contact twice: the first telling wins.
                if (keys.Add(edge.Key))
                {
                    edges.Add(edge);
                }
            }
        }

        return edges;
    }

    private static IEnumerable<EdgeFact> EdgesOf(ArticleInfo article, Contact contact, ICollection<string> warnings)
    {
        var kind = GraphKinds.For(contact.Type);
        var day = DayOf(contact, article);
        var properties = PropertiesOf(contact);
        var officials = contact.Participants.Select(p => p.Id)
            .Concat(contact.Initiator is null ? [] : [contact.Initiator])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        if (contact.Type == ContactType.Visit)
        {
            if (contact.Destination is null)
            {
                warnings.Add($"a visit by {string.Join(", ", officials)} has no destination country and was left out");
                yield break;
            }

            foreach (var visitor in officials)
            {
                yield return new EdgeFact(
                    kind,
                    $"{kind}:{visitor}:{contact.Destination}:{day}",
                    new NodeRef(GraphKinds.Official, visitor),
                    new NodeRef(GraphKinds.Country, contact.Destination),
                    properties,
                    article.Id,
                    contact.Evidence);
            }

            yield break;
        }

        if (officials.Count < 2)
        {
            warnings.Add($"a {kind} with fewer than two officials ({string.Join(", ", officials)}) was left out");
            yield break;
        }

        for (var i = 0; i < officials.Count; i++)
        {
            for (var j = i + 1; j < officials.Count; j++)
            {
                var (from, to) = officials[j] == contact.Initiator ? (officials[j], officials[i]) : (officials[i], officials[j]);
                yield return new EdgeFact(
                    kind,
                    $"{kind}:{officials[i]}|{officials[j]}:{day}",
                    new NodeRef(GraphKinds.Official, from),
                    new NodeRef(GraphKinds.Official, to),
                    properties,
                    article.Id,
                    contact.Evidence);
            }
        }
    }

    private static string DayOf(Contact contact, ArticleInfo article) =>
        contact.Date is { } date ? Format(date, contact.DatePrecision ?? DatePrecision.Day)
        : article.Published is { } published ? Format(published, DatePrecision.Day)
        : "undated";

    private static Dictionary<string, object> PropertiesOf(Contact contact)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["status"] = contact.Status.ToString().ToLowerInvariant(),
        };
        if (contact.Date is { } date)
        {
            var precision = contact.DatePrecision ?? DatePrecision.Day;
            properties["date"] = Format(date, precision);
            properties["datePrecision"] = precision.ToString().ToLowerInvariant();
        }

        if (contact.City is not null)
        {
            properties["city"] = contact.City;
        }

        if (contact.Initiator is not null)
        {
            properties["initiator"] = contact.Initiator;
        }

        return properties;
    }

    /// <summary>An ISO date cut to what the text fixes: 2020-06-03, 2020-06 or 2020, so that prefixes compare.</summary>
    internal static string Format(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
