// Everyone and everywhere one official was in contact with. Set the id first, e.g.
//   :param official => 'sergei-lavrov';
MATCH (o:Official {id: $official})-[r:CALLED|MET|INVITED|VISITED]-(other)
RETURN type(r) AS contact, coalesce(other.name, other.id) AS other, r.date AS date,
       r.city AS city, r.status AS status, r.articles AS articles, r.evidence AS evidence
ORDER BY date DESC;
