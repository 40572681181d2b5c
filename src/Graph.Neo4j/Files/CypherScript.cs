using System.Collections;
using System.Text;
using Graph.Facts;
using Graph.Neo4j.Cypher;

namespace Graph.Neo4j.Files;

/// <summary>
/// graph.cypher: the same statements the Neo4j store sends, runnable as-is in cypher-shell or Neo4j
/// Browser. Each statement is preceded by a <c>:param</c> line holding its rows as a Cypher literal,
/// in chunks so that no line grows without bound. The <c>:param</c> lines end with a semicolon:
/// Browser's multi-statement editor and Neo4j's own script parser split commands on it. Running the script replaces the articles it holds
/// (their earlier contributions are retracted first) and is idempotent.
/// </summary>
internal static class CypherScript
{
    public static string Of(CypherStatements statements, IReadOnlyList<GraphFacts> articles, int rowsPerChunk)
    {
        var script = new StringBuilder();
        script.Append("// Written by the graph loader. Run it with cypher-shell -f graph.cypher or paste it into Neo4j Browser.\n");
        script.Append("// It creates the schema, retracts what earlier versions of these articles reported, then merges their facts.\n");
        foreach (var statement in statements.Schema)
        {
            script.Append('\n').Append(statement.Text).Append(";\n");
        }

        foreach (var bound in statements.ForWrite(articles))
        {
            var (name, value) = bound.Parameters.Single();
            foreach (var chunk in Chunks((IList)value!, rowsPerChunk))
            {
                script.Append('\n')
                    .Append(":param ").Append(name).Append(" => ").Append(CypherLiteral.Of(chunk)).Append(";\n")
                    .Append(bound.Statement.Text).Append(";\n");
            }
        }

        return script.ToString();
    }

    private static IEnumerable<List<object?>> Chunks(IList rows, int size)
    {
        for (var start = 0; start < rows.Count; start += size)
        {
            var chunk = new List<object?>();
            for (var i = start; i < Math.Min(start + size, rows.Count); i++)
            {
                chunk.Add(rows[i]);
            }

            yield return chunk;
        }
    }
}
