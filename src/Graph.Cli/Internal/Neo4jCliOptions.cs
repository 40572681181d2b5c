using System.CommandLine;
using Graph.Neo4j;

namespace Graph.Cli.Internal;

/// <summary>
/// The Neo4j connection options of load and query, each falling back to its environment variable.
/// Credentials written into the URI (http://user:password@host) are taken out of it, so that the URI
/// the client echoes in its messages never carries the password.
/// </summary>
internal sealed class Neo4jCliOptions
{
    public Option<string?> Uri { get; } = new("--neo4j")
    {
        Description = "Neo4j HTTP address (default: NEO4J_URI), e.g. http://localhost:7474.",
        HelpName = "URI",
    };

    public Option<string?> User { get; } = new("--neo4j-user")
    {
        Description = "Neo4j user (default: NEO4J_USER, else neo4j).",
        HelpName = "USER",
    };

    public Option<string?> Password { get; } = new("--neo4j-password")
    {
        Description = "Neo4j password (default: NEO4J_PASSWORD; prefer the variable, a command line is visible to other users).",
        HelpName = "PASSWORD",
    };

    public Option<string?> Database { get; } = new("--neo4j-database")
    {
        Description = "Neo4j database (default: NEO4J_DATABASE, else neo4j).",
        HelpName = "NAME",
    };

    public IEnumerable<Option> All => [Uri, User, Password, Database];

    /// <summary>
    /// The connection, or null when no URI is configured; <paramref name="problems"/> gets what is
    /// wrong with a configured one, and <paramref name="secrets"/> every password seen, for masking.
    /// </summary>
    public Neo4jOptions? Resolve(ParseResult result, Func<string, string?> environment, List<string> problems, List<string> secrets)
    {
        string? Pick(Option<string?> option, string variable) => result.GetValue(option) is { Length: > 0 } given ? given : environment(variable);

        var uriText = Pick(Uri, "NEO4J_URI");
        var password = Pick(Password, "NEO4J_PASSWORD");
        var user = Pick(User, "NEO4J_USER");
        if (string.IsNullOrWhiteSpace(uriText))
        {
            return null;
        }
        var source = result.GetValue(Uri) is { Length: > 0 } ? "--neo4j" : "NEO4J_URI";
        if (!System.Uri.TryCreate(uriText, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problems.Add(UsageErrors.Neo4jUri(source, SecretMask.Mask(uriText)));
            return null;
        }
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            user ??= System.Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                secrets.Add(System.Uri.UnescapeDataString(parts[1]));
                password ??= System.Uri.UnescapeDataString(parts[1]);
            }
            uri = new UriBuilder(uri) { UserName = "", Password = "" }.Uri;
        }
        if (!string.IsNullOrEmpty(password))
        {
            secrets.Add(password);
        }
        var options = Neo4jOptions.FromEnvironment(name => name switch
        {
            "NEO4J_URI" => uri.ToString(),
            "NEO4J_USER" => user,
            "NEO4J_PASSWORD" => password,
            "NEO4J_DATABASE" => Pick(Database, "NEO4J_DATABASE"),
            _ => null,
        });
        if (options?.Validate() is { } problem)
        {
            problems.Add(UsageErrors.Neo4jOptions(problem));
            return null;
        }
        return options;
    }
}
