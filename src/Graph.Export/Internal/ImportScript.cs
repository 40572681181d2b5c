using System.Text;

namespace Graph.Export.Internal;

/// <summary>The import.sh written beside the CSV files: the exact neo4j-admin command line for them.</summary>
internal static class ImportScript
{
    public static string Of(IReadOnlyList<string> nodeFiles, IReadOnlyList<string> relationshipFiles, char arrayDelimiter)
    {
        var script = new StringBuilder();
        script.Append("""
            #!/bin/sh
            # Imports these CSV files into a new database with neo4j-admin (Neo4j 5 or later).
            # Usage: sh import.sh [database]   (default: neo4j). The DBMS must be stopped (or the database
            # absent); neo4j-admin is taken from $NEO4J_HOME/bin when NEO4J_HOME is set, else from PATH.
            # Afterwards create the uniqueness constraints: the first statements of graph.cypher.
            set -eu
            cd "$(dirname "$0")"
            "${NEO4J_HOME:+$NEO4J_HOME/bin/}neo4j-admin" database import full "${1:-neo4j}" \

            """);
        // Evidence sentences may span lines; ids are strings in one id space per label.
        script.Append("  --id-type=string \\\n");
        script.Append("  --multiline-fields=true \\\n");
        script.Append(arrayDelimiter == ';' ? "  --array-delimiter=';'" : $"  --array-delimiter=U+{(int)arrayDelimiter:X4}");
        foreach (var file in nodeFiles)
        {
            script.Append($" \\\n  --nodes={file}");
        }

        foreach (var file in relationshipFiles)
        {
            script.Append($" \\\n  --relationships={file}");
        }

        return script.Append('\n').ToString();
    }
}
