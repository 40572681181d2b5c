namespace Graph.Articles;

/// <summary>One start or end tag: its lower-case name and its raw attribute text.</summary>
internal sealed record HtmlTag(string Name, bool IsEnd, bool SelfClosing, string Attributes)
{
    /// <summary>Reads the tag starting at <paramref name="lt"/> (a '&lt;'); returns the index after its '&gt;'.</summary>
    public static int Parse(string html, int lt, out HtmlTag? tag)
    {
        var i = lt + 1;
        var isEnd = i < html.Length && html[i] == '/';
        if (isEnd)
        {
            i++;
        }
        var nameStart = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or ':'))
        {
            i++;
        }
        var name = html[nameStart..i].ToLowerInvariant();
        var attributesStart = i;
        var quote = '\0';
        var afterEquals = false;
        while (i < html.Length && (quote != '\0' || html[i] != '>'))
        {
            // Only a quote that opens a value counts: a stray apostrophe must not swallow the page.
            if (quote == '\0' && afterEquals && html[i] is '"' or '\'')
            {
                quote = html[i];
            }
            else if (html[i] == quote)
            {
                quote = '\0';
            }
            if (!char.IsWhiteSpace(html[i]))
            {
                afterEquals = quote == '\0' && html[i] == '=';
            }
            i++;
        }
        var attributes = html[attributesStart..i];
        tag = name.Length == 0 ? null : new HtmlTag(name, isEnd, attributes.TrimEnd().EndsWith('/'), attributes);
        return Math.Min(i + 1, html.Length);
    }

    /// <summary>The decoded value of an attribute, or null when the tag does not carry it.</summary>
    public string? Attribute(string name)
    {
        var i = 0;
        while (i < Attributes.Length)
        {
            while (i < Attributes.Length && (char.IsWhiteSpace(Attributes[i]) || Attributes[i] == '/'))
            {
                i++;
            }
            var nameStart = i;
            while (i < Attributes.Length && Attributes[i] is not ('=' or '>' or '/') && !char.IsWhiteSpace(Attributes[i]))
            {
                i++;
            }
            var attributeName = Attributes.AsSpan(nameStart, i - nameStart);
            while (i < Attributes.Length && char.IsWhiteSpace(Attributes[i]))
            {
                i++;
            }
            string? value = null;
            if (i < Attributes.Length && Attributes[i] == '=')
            {
                i++;
                while (i < Attributes.Length && char.IsWhiteSpace(Attributes[i]))
                {
                    i++;
                }
                value = ReadValue(ref i);
            }
            if (attributeName.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return System.Net.WebUtility.HtmlDecode(value ?? "");
            }
            if (attributeName.IsEmpty)
            {
                i++;
            }
        }
        return null;
    }

    private string ReadValue(ref int i)
    {
        if (i < Attributes.Length && Attributes[i] is '"' or '\'')
        {
            var quote = Attributes[i];
            var close = Attributes.IndexOf(quote, i + 1);
            var end = close < 0 ? Attributes.Length : close;
            var value = Attributes[(i + 1)..end];
            i = Math.Min(end + 1, Attributes.Length);
            return value;
        }
        var start = i;
        while (i < Attributes.Length && !char.IsWhiteSpace(Attributes[i]))
        {
            i++;
        }
        return Attributes[start..i];
    }
}
