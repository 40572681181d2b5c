namespace Graph.Mappings.Internal;

/// <summary>
/// The ids another file defines, for reference checks. When that file could not be read at all the
/// set is unknown and references are not checked: the missing file is the one error worth reading.
/// </summary>
internal sealed class KnownIds
{
    private readonly string _what;
    private readonly HashSet<string>? _ids;

    public KnownIds(string what, IEnumerable<string>? ids)
    {
        _what = what;
        _ids = ids?.ToHashSet(StringComparer.Ordinal);
    }

    public void Check(string id, ScalarReader scalar)
    {
        if (_ids is null || _ids.Contains(id))
        {
            return;
        }

        scalar.Error($"unknown {_what} '{id}'", KeyHints.Suggest(id, [.. _ids.Order(StringComparer.Ordinal)], $"known {_what} ids"));
    }
}
