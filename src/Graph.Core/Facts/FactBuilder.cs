using Graph.Dates;
using Graph.Mappings;
using Graph.Text;

namespace Graph.Facts;

/// <summary>
/// Turns one article's extraction into graph facts: the article node, the officials and countries it
/// involves (names and offices from the roster), REPRESENTS edges for the officials' offices, MENTIONS
/// edges from the article and the contact edges. Pure: same input, same facts, in a stable order.
/// Every official the article involves gets a MENTIONS edge, so that the article's other edges can be
/// found from its node when it is replaced or retracted.
/// </summary>
public static class FactBuilder
{
    public static GraphFacts Build(ArticleExtraction extraction, MappingSet roster)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentNullException.ThrowIfNull(roster);

        var article = extraction.Article;
        var warnings = new List<string>();
        var contactEdges = ContactEdges.Build(article, extraction.Contacts, warnings);

        var participants = extraction.Contacts.SelectMany(c => c.Participants)
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var officialIds = extraction.MentionedOfficials
            .Concat(participants.Keys)
            .Concat(contactEdges.SelectMany(e => new[] { e.From, e.To }).Where(n => n.Kind == GraphKinds.Official).Select(n => n.Id))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        var officials = new List<NodeFact>();
        var representsEdges = new List<EdgeFact>();
        foreach (var id in officialIds)
        {
            var known = roster.Officials.FirstOrDefault(o => o.Id == id);
            if (known is null)
            {
                warnings.Add($"official '{id}' is not in the roster");
            }

            participants.TryGetValue(id, out var participant);
            officials.Add(OfficialNode(id, known, participant));
            representsEdges.AddRange(Represents(article.Id, id, known, participant));
        }

        var mentionedCountries = extraction.MentionedCountries
            .Concat(contactEdges.Where(e => e.To.Kind == GraphKinds.Country).Select(e => e.To.Id))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var countryIds = mentionedCountries
            .Concat(representsEdges.Select(e => e.To.Id))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var countries = new List<NodeFact>();
        foreach (var id in countryIds)
        {
            var known = roster.Countries.FirstOrDefault(c => c.Id == id);
            if (known is null)
            {
                warnings.Add($"country '{id}' is not in the roster");
            }

            countries.Add(new NodeFact(GraphKinds.Country, id, Properties(("name", known?.Name ?? id))));
        }

        var articleNode = ArticleNode(article);
        var mentions = officialIds.Select(id => new NodeRef(GraphKinds.Official, id))
            .Concat(mentionedCountries.Select(id => new NodeRef(GraphKinds.Country, id)))
            .Select(target => new EdgeFact(
                GraphKinds.Mentions,
                $"{GraphKinds.Mentions}:{article.Id}:{target.Kind}:{target.Id}",
                articleNode.Ref,
                target,
                Properties(),
                article.Id,
                null));

        return new GraphFacts(
            article,
            [articleNode, .. officials, .. countries],
            [.. contactEdges, .. representsEdges, .. mentions],
            warnings);
    }

    private static NodeFact ArticleNode(ArticleInfo article) => new(
        GraphKinds.Article,
        article.Id,
        Properties(
            ("path", article.Path),
            ("lang", article.Lang),
            ("published", article.Published is { } day ? ContactEdges.Format(day, DatePrecision.Day) : null),
            ("sha256", article.Sha256)));

    private static NodeFact OfficialNode(string id, OfficialMapping? known, Participant? participant)
    {
        var properties = Properties(
            ("name", known?.Name ?? participant?.Name),
            ("country", known?.Country ?? participant?.Country));
        if (known is not null)
        {
            foreach (var language in LanguageCodes.All)
            {
                var names = known.Names.For(language);
                if (names.Count > 0)
                {
                    properties[$"names_{language.ToCode()}"] = names;
                }
            }
        }

        return new NodeFact(GraphKinds.Official, id, properties);
    }

    private static IEnumerable<EdgeFact> Represents(string articleId, string officialId, OfficialMapping? known, Participant? participant)
    {
        var from = new NodeRef(GraphKinds.Official, officialId);
        if (known is null || known.Offices.Count == 0)
        {
            // Without offices the official still belongs to a country; say so with a role-less edge.
            var country = known?.Country ?? participant?.Country;
            if (country is not null)
            {
                yield return new EdgeFact(
                    GraphKinds.Represents,
                    $"{GraphKinds.Represents}:{officialId}:{country}",
                    from,
                    new NodeRef(GraphKinds.Country, country),
                    Properties(),
                    articleId,
                    null);
            }

            yield break;
        }

        foreach (var office in known.Offices)
        {
            var start = ContactEdges.Format(office.From, DatePrecision.Day);
            yield return new EdgeFact(
                GraphKinds.Represents,
                $"{GraphKinds.Represents}:{officialId}:{office.Country}:{office.Role}:{start}",
                from,
                new NodeRef(GraphKinds.Country, office.Country),
                Properties(
                    ("role", office.Role),
                    ("from", start),
                    ("to", office.To is { } end ? ContactEdges.Format(end, DatePrecision.Day) : null)),
                articleId,
                null);
        }
    }

    private static Dictionary<string, object> Properties(params (string Name, object? Value)[] values)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (value is not null)
            {
                properties[name] = value;
            }
        }

        return properties;
    }
}
