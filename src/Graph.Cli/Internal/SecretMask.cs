using System.Text.RegularExpressions;

namespace Graph.Cli.Internal;

/// <summary>
/// Hides secrets in anything the tool echoes: the password part of a URI's user information
/// (<c>http://neo4j:***@host</c>) and every known secret wherever it appears.
/// </summary>
internal static partial class SecretMask
{
    public const string Hidden = "***";

    public static string Mask(string text, IEnumerable<string>? secrets = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = UserInfoPassword().Replace(text, "${head}" + Hidden + "@");
        foreach (var secret in secrets ?? [])
        {
            // A one-character password would blank out the whole text; it is masked in URIs all the same.
            if (secret.Length > 1)
            {
                masked = masked.Replace(secret, Hidden, StringComparison.Ordinal);
            }
        }
        return masked;
    }

    [GeneratedRegex(@"(?<head>[a-zA-Z][a-zA-Z0-9+.\-]*://[^:/@\s]*:)[^@/\s]*@")]
    private static partial Regex UserInfoPassword();
}
