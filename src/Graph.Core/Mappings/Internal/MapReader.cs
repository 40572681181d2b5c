using YamlDotNet.RepresentationModel;

namespace Graph.Mappings.Internal;

/// <summary>
/// Reads one mapping node whose keys are fixed: unknown keys are reported on construction, missing
/// required keys and wrongly shaped values when they are asked for.
/// </summary>
internal sealed class MapReader
{
    private readonly YamlMappingNode _node;
    private readonly ReadContext _context;
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);

    private MapReader(YamlMappingNode node, ReadContext context, string what, IReadOnlyCollection<string> allowedKeys)
    {
        _node = node;
        _context = context;
        Description = what;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                context.Error(key, $"a key in {what} must be a single word, not {NodeKinds.Describe(key)}");
            }
            else if (!allowedKeys.Contains(name))
            {
                context.Error(key, $"unknown key '{name}' in {what}", KeyHints.Suggest(name, allowedKeys, "allowed keys"));
            }
            else
            {
                _values[name] = value;
            }
        }
    }

    public ReadContext Context => _context;

    /// <summary>How errors name this map; an entry is renamed once its id is known ("official sergey-lavrov").</summary>
    public string Description { get; set; }

    public SourceMark Mark => _context.Mark(_node);

    public static MapReader? From(YamlNode node, ReadContext context, string what, IReadOnlyCollection<string> allowedKeys)
    {
        if (node is YamlMappingNode mapping)
        {
            return new MapReader(mapping, context, what, allowedKeys);
        }

        context.Error(node, $"{what} must be a map (key: value), not {NodeKinds.Describe(node)}",
            $"allowed keys: {string.Join(", ", allowedKeys)}");
        return null;
    }

    public void Error(string message, string? hint = null) => _context.Error(_node, message, hint);

    public YamlNode? Node(string key, bool required)
    {
        if (_values.TryGetValue(key, out var value))
        {
            return value;
        }

        if (required)
        {
            Error($"{Description} is missing the required key '{key}'");
        }

        return null;
    }

    public ScalarReader? Scalar(string key, bool required = true) =>
        Node(key, required) is { } node ? ScalarReader.From(node, _context, $"'{key}' of {Description}") : null;

    public ListReader? List(string key, bool required = true) =>
        Node(key, required) is { } node ? ListReader.From(node, _context, $"'{key}' of {Description}") : null;

    public MapReader? Map(string key, IReadOnlyCollection<string> allowedKeys, bool required = true) =>
        Node(key, required) is { } node ? From(node, _context, $"'{key}' of {Description}", allowedKeys) : null;

    /// <summary>A list of strings; absent means empty.</summary>
    public IReadOnlyList<string> Strings(string key) => List(key, required: false)?.Strings() ?? [];

    public PhraseSet Phrases(string key, bool required = false, List<MarkedPhrase>? marks = null) =>
        Node(key, required) is { } node ? PhraseReader.Read(node, _context, $"'{key}' of {Description}", marks) : PhraseSet.Empty;
}
