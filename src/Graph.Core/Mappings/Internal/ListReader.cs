using YamlDotNet.RepresentationModel;

namespace Graph.Mappings.Internal;

/// <summary>Reads one sequence node: its items, or its items as non-empty strings.</summary>
internal sealed class ListReader
{
    private readonly YamlSequenceNode _node;
    private readonly ReadContext _context;
    private readonly string _what;

    private ListReader(YamlSequenceNode node, ReadContext context, string what)
    {
        _node = node;
        _context = context;
        _what = what;
    }

    public IReadOnlyList<YamlNode> Items => [.. _node.Children];

    public SourceMark Mark => _context.Mark(_node);

    public static ListReader? From(YamlNode node, ReadContext context, string what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return new ListReader(sequence, context, what);
        }

        context.Error(node, $"{what} must be a list, not {NodeKinds.Describe(node)}", "write [a, b] or one '- item' per line");
        return null;
    }

    public void Error(string message, string? hint = null) => _context.Error(_node, message, hint);

    public IReadOnlyList<ScalarReader> Scalars() =>
        [.. _node.Children.Select(item => ScalarReader.From(item, _context, $"an entry of {_what}")).OfType<ScalarReader>()];

    public IReadOnlyList<string> Strings() => [.. Scalars().Select(scalar => scalar.NonEmpty()).OfType<string>()];
}
