using System.Text.RegularExpressions;

namespace Graph.Mappings.Internal;

/// <summary>The shapes ids and graph names must have.</summary>
internal static partial class Patterns
{
    [GeneratedRegex("^[A-Z]{3}$")]
    public static partial Regex CountryId();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    public static partial Regex RoleId();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex OfficialId();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    public static partial Regex GraphName();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    public static partial Regex IsoDate();

    [GeneratedRegex(@"^-?\d+$")]
    public static partial Regex Integer();
}
