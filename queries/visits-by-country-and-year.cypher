// Visits per visitor's country, destination and year (dates are ISO strings cut to their precision).
MATCH (o:Official)-[v:VISITED]->(c:Country)
WHERE v.status = 'happened'
RETURN o.country AS visitorCountry, c.name AS destination,
       coalesce(left(v.date, 4), 'undated') AS year, count(*) AS visits,
       collect(DISTINCT o.name) AS visitors
ORDER BY year DESC, visits DESC;
