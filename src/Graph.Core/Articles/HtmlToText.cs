using System.Net;
using System.Text;

namespace Graph.Articles;

/// <summary>
/// A small, forgiving HTML-to-text pass: drops scripts, styles and page furniture (nav, header, footer,
/// aside, form), turns block elements into line breaks, decodes entities and collapses whitespace within
/// lines. The publication time that pages declare in markup (<c>article:published_time</c>,
/// <c>datePublished</c>, <c>&lt;time datetime&gt;</c>) would be lost with the tags, so it is kept as a
/// first line <c>Published: value</c> for the page cleaner's publication label.
/// </summary>
public static class HtmlToText
{
    public const string PublishedPrefix = "Published: ";

    /// <summary>Elements whose content is not text at all: skipped unparsed up to their end tag.</summary>
    private static readonly HashSet<string> RawElements = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "title", "textarea", "svg",
    };

    /// <summary>Elements that hold page furniture rather than the story: skipped with what they contain.</summary>
    private static readonly HashSet<string> ChromeElements = new(StringComparer.Ordinal)
    {
        "nav", "header", "footer", "aside", "form", "iframe", "select", "button", "menu",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "article",
        "section", "main", "blockquote", "pre", "hr", "dd", "dt", "dl", "figure", "figcaption", "body",
    };

    public static string Convert(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new StringBuilder(html.Length / 2);
        string? metaPublished = null;
        string? timePublished = null;
        var chromeDepth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var textEnd = lt < 0 ? html.Length : lt;
            if (chromeDepth == 0 && textEnd > i)
            {
                AppendInline(text, WebUtility.HtmlDecode(html[i..textEnd]));
            }
            if (lt < 0)
            {
                break;
            }
            if (!StartsMarkup(html, lt))
            {
                // A lone '<' (a comparison, broken markup) is text, not a tag.
                if (chromeDepth == 0)
                {
                    text.Append('<');
                }
                i = lt + 1;
                continue;
            }
            i = SkipMarkup(html, lt, out var tag);
            if (tag is null)
            {
                continue;
            }
            if (tag.Name == "meta")
            {
                metaPublished ??= PublishedFromMeta(tag);
            }
            else if (tag.Name == "time" && !tag.IsEnd)
            {
                timePublished ??= tag.Attribute("datetime");
            }
            if (RawElements.Contains(tag.Name) && !tag.IsEnd && !tag.SelfClosing)
            {
                i = SkipRawContent(html, i, tag.Name);
            }
            else if (ChromeElements.Contains(tag.Name) && !tag.SelfClosing)
            {
                chromeDepth = Math.Max(0, chromeDepth + (tag.IsEnd ? -1 : 1));
            }
            else if (BlockElements.Contains(tag.Name) || tag.Name == "td" || tag.Name == "th")
            {
                text.Append(tag.Name is "td" or "th" ? ' ' : '\n');
            }
        }
        return Tidy(text.ToString(), metaPublished ?? timePublished);
    }

    private static string? PublishedFromMeta(HtmlTag tag)
    {
        var property = tag.Attribute("property") ?? tag.Attribute("itemprop") ?? tag.Attribute("name");
        return property is not null
            && (property.Equals("article:published_time", StringComparison.OrdinalIgnoreCase)
                || property.Equals("datePublished", StringComparison.OrdinalIgnoreCase))
            ? tag.Attribute("content")
            : null;
    }

    /// <summary>Skips a comment, declaration or tag starting at <paramref name="lt"/>; returns where text resumes.</summary>
    private static int SkipMarkup(string html, int lt, out HtmlTag? tag)
    {
        tag = null;
        if (html.AsSpan(lt).StartsWith("<!--"))
        {
            var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }
        if (html[lt + 1] is '!' or '?')
        {
            var close = html.IndexOf('>', lt);
            return close < 0 ? html.Length : close + 1;
        }
        return HtmlTag.Parse(html, lt, out tag);
    }

    private static bool StartsMarkup(string html, int lt) =>
        lt + 1 < html.Length && (char.IsAsciiLetter(html[lt + 1]) || html[lt + 1] is '/' or '!' or '?');

    /// <summary>Line breaks in the source are layout, not text: only block elements break lines.</summary>
    private static void AppendInline(StringBuilder text, string decoded)
    {
        foreach (var c in decoded)
        {
            text.Append(c is '\n' or '\r' ? ' ' : c);
        }
    }

    private static int SkipRawContent(string html, int from, string name)
    {
        var close = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        if (close < 0)
        {
            return html.Length;
        }
        var end = html.IndexOf('>', close);
        return end < 0 ? html.Length : end + 1;
    }

    /// <summary>One line per block, whitespace collapsed within lines, blank lines dropped.</summary>
    private static string Tidy(string text, string? published)
    {
        var result = new StringBuilder(text.Length);
        if (!string.IsNullOrWhiteSpace(published))
        {
            result.Append(PublishedPrefix).Append(published.Trim()).Append('\n');
        }
        foreach (var line in text.Split('\n'))
        {
            var collapsed = CollapseSpaces(line);
            if (collapsed.Length > 0)
            {
                result.Append(collapsed).Append('\n');
            }
        }
        return result.ToString().TrimEnd('\n');
    }

    private static string CollapseSpaces(string line)
    {
        var builder = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
