// Who called whom: every call, caller first when an article names the initiator, with its sources.
MATCH (a:Official)-[c:CALLED]-(b:Official)
WHERE a.id < b.id
RETURN coalesce(c.initiator, a.id) AS caller,
       CASE WHEN c.initiator = b.id THEN a.name ELSE b.name END AS callee,
       a.name AS official1, b.name AS official2,
       c.date AS date, c.status AS status, size(c.articles) AS reports, c.articles AS articles
ORDER BY date DESC;
