namespace Graph.Export.Internal;

/// <summary>Fact property values are a string or a list of strings (see NodeFact); read them as such.</summary>
internal static class PropertyValues
{
    public static bool IsList(object value) => value is not string;

    public static IReadOnlyList<string> Items(object value) => value switch
    {
        string text => [text],
        IEnumerable<string> items => [.. items],
        _ => throw new ArgumentException($"a fact property must be a string or a list of strings, not {value.GetType().Name}", nameof(value)),
    };

    /// <summary>A value as one string, list items joined by <paramref name="separator"/>.</summary>
    public static string Text(object value, string separator) =>
        value is string text ? text : string.Join(separator, Items(value));

    public static string? Find(IReadOnlyDictionary<string, object> properties, string name) =>
        properties.TryGetValue(name, out var value) ? Text(value, "; ") : null;
}
