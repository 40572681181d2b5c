using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Graph.Mappings.Internal;

/// <summary>Reads one scalar node as text, an id, a flag, a number or a date, reporting what is wrong.</summary>
internal sealed class ScalarReader
{
    private readonly YamlScalarNode _node;
    private readonly ReadContext _context;
    private readonly string _what;

    private ScalarReader(YamlScalarNode node, ReadContext context, string what)
    {
        _node = node;
        _context = context;
        _what = what;
    }

    public string Text => _node.Value ?? "";

    public SourceMark Mark => _context.Mark(_node);

    /// <summary>An unquoted empty value, ~ or null: YAML's ways of writing "nothing".</summary>
    public bool IsNull => _node.Style == YamlDotNet.Core.ScalarStyle.Plain && Text is "" or "~" or "null";

    public static ScalarReader? From(YamlNode node, ReadContext context, string what)
    {
        if (node is YamlScalarNode scalar)
        {
            return new ScalarReader(scalar, context, what);
        }

        context.Error(node, $"{what} must be a single value, not {NodeKinds.Describe(node)}");
        return null;
    }

    public void Error(string message, string? hint = null) => _context.Error(_node, message, hint);

    public string? NonEmpty()
    {
        if (!string.IsNullOrWhiteSpace(Text))
        {
            return Text.Trim();
        }

        Error($"{_what} is empty");
        return null;
    }

    /// <summary>The text, when it has the given shape; a malformed id is still returned so that later
    /// checks do not pile up errors about the same entry.</summary>
    public string? Matching(Regex pattern, string shape)
    {
        var text = NonEmpty();
        if (text is not null && !pattern.IsMatch(text))
        {
            Error($"{_what}: '{text}' is malformed", $"it must match {shape}");
        }

        return text;
    }

    public bool? Flag()
    {
        switch (Text)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error($"{_what} must be true or false, not '{Text}'");
                return null;
        }
    }

    public int? Integer()
    {
        if (Patterns.Integer().IsMatch(Text) && int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error($"{_what} must be a whole number, not '{Text}'");
        return null;
    }

    public DateOnly? Date()
    {
        var text = Text.Trim();
        if (!Patterns.IsoDate().IsMatch(text))
        {
            Error($"{_what}: '{text}' is not a date", "write dates as YYYY-MM-DD, e.g. 2012-11-06");
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error($"{_what}: '{text}' is an impossible date", "check the month (01-12) and the day of the month");
        return null;
    }
}
