using System.CommandLine;
using Graph.Cli.Internal;
using Graph.Neo4j;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;

namespace Graph.Cli.Commands;

/// <summary>`graph query "CYPHER"`: runs a read query against Neo4j and prints the rows.</summary>
internal static class QueryCommand
{
    private const string Description = """
        Run a Cypher query against Neo4j (NEO4J_URI or --neo4j) and print the rows as a table, or as TSV with --format tsv.
        Transient failures are retried as for load. Exit codes: 0 done, 2 bad usage or a query Neo4j rejected, 3 Neo4j unreachable or refusing.

        Examples:
          graph query "MATCH (o:Official) RETURN o.name AS name ORDER BY name"
          graph query "MATCH ()-[c:MET]->() RETURN count(c) AS meetings" --format tsv
        """;

    public static Command Create(CliContext context)
    {
        var cypher = new Argument<string>("cypher") { Description = "The query; quote it." };
        var format = new Option<string>("--format")
        {
            Description = "table (default) or tsv (tab-separated, header first, for scripts).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "tsv");
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Debug logging." };
        var neo4j = new Neo4jCliOptions();
        var command = new Command("query", Description) { cypher, format, verbose };
        foreach (var option in neo4j.All)
        {
            command.Options.Add(option);
        }
        command.SetAction(async (result, cancellation) =>
        {
            var problems = new List<string>();
            var secrets = new List<string>();
            var options = neo4j.Resolve(result, context.Environment, problems, secrets);
            if (options is null && problems.Count == 0)
            {
                problems.Add(UsageErrors.QueryNeedsNeo4j());
            }
            if (options is null)
            {
                UsageErrors.Print("query", problems, context.Error);
                return ExitCodes.BadUsage;
            }
            using var logging = WriterLoggerProvider.CreateFactory(context.Error, WriterLoggerProvider.LevelFor(false, result.GetValue(verbose)), secrets);
            var logger = logging.CreateLogger("graph.query");
            logger.LogDebug("querying Neo4j at {Uri} (database {Database}, user {User})", options.Uri, options.Database, options.User);
            Neo4jResult rows;
            try
            {
                rows = await RunAsync(options, result.GetValue(cypher)!, context.Clock, logger, cancellation).ConfigureAwait(false);
            }
            catch (Neo4jException exception)
            {
                logger.LogError("{Reason}", exception.Message);
                return exception.Code?.StartsWith("Neo.ClientError.Statement.", StringComparison.Ordinal) == true ? ExitCodes.BadUsage : ExitCodes.StoreFailed;
            }
            catch (BrokenCircuitException exception)
            {
                logger.LogError("Neo4j kept failing: {Reason}", exception.InnerException?.Message ?? exception.Message);
                return ExitCodes.StoreFailed;
            }
            if (result.GetValue(format) == "tsv")
            {
                QueryTable.WriteTsv(rows, context.Output);
            }
            else
            {
                QueryTable.WriteTable(rows, context.Output);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<Neo4jResult> RunAsync(Neo4jOptions options, string cypher, TimeProvider clock, ILogger logger, CancellationToken cancellation)
    {
        // The client has no access-mode setting: the query runs as an ordinary auto-commit statement.
        using var client = new Neo4jHttpClient(options);
        var pipeline = Neo4jResilience.Create(options, clock, logger);
        return await pipeline.ExecuteAsync(
            async token => await client.RunAsync(cypher, null, token).ConfigureAwait(false), cancellation).ConfigureAwait(false);
    }
}
