namespace Graph.Mappings.Internal;

/// <summary>Remembers where each id was first defined and reports a second definition.</summary>
internal sealed class UniqueNames(string what)
{
    private readonly Dictionary<string, SourceMark> _first = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => _first.Keys;

    public void Claim(string name, ScalarReader scalar)
    {
        if (_first.TryGetValue(name, out var first))
        {
            scalar.Error($"duplicate {what} '{name}'", $"first defined at line {first.Line}; each {what} must be unique");
            return;
        }

        _first[name] = scalar.Mark;
    }
}
