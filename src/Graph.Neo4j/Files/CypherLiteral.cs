using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Neo4j.Files;

/// <summary>
/// Writes values as Cypher literals on one line, for the <c>:param name => value</c> lines of a
/// script: strings single-quoted with every quote, backslash and control character escaped; map
/// keys back-quoted unless they are plain identifiers.
/// </summary>
internal static partial class CypherLiteral
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                WriteString(text, s);
                break;
            case bool flag:
                text.Append(flag ? "true" : "false");
                break;
            case int or long:
                text.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                text.Append('{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    text.Append(first ? "" : ", ");
                    first = false;
                    text.Append(Identifier().IsMatch(key) ? key : $"`{key.Replace("`", "``", StringComparison.Ordinal)}`").Append(": ");
                    Write(text, item);
                }

                text.Append('}');
                break;
            case IEnumerable list:
                text.Append('[');
                var head = true;
                foreach (var item in list)
                {
                    text.Append(head ? "" : ", ");
                    head = false;
                    Write(text, item);
                }

                text.Append(']');
                break;
            default:
                throw new ArgumentException($"cannot write a {value.GetType().Name} as a Cypher literal", nameof(value));
        }
    }

    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case '\'': text.Append(@"\'"); break;
                case '\n': text.Append(@"\n"); break;
                case '\r': text.Append(@"\r"); break;
                case '\t': text.Append(@"\t"); break;
                case var control when char.IsControl(control) || control is '\u2028' or '\u2029':
                    text.Append(@"\u").Append(((int)control).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: text.Append(c); break;
            }
        }

        text.Append('\'');
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*\\z")]
    private static partial Regex Identifier();
}
