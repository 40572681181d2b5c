// Contacts that more than one article reports: the best-corroborated edges, with every source sentence.
MATCH (a)-[r:CALLED|MET|INVITED|VISITED]->(b)
WHERE size(r.articles) > 1
RETURN type(r) AS contact, coalesce(a.name, a.id) AS source, coalesce(b.name, b.id) AS target,
       r.date AS date, size(r.articles) AS reports, r.articles AS articles, r.evidence AS evidence
ORDER BY reports DESC, date DESC;
