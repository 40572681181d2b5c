using System.Text;
using Graph.Mappings;
using Graph.Text;

namespace Graph.Articles;

/// <summary>
/// Cuts the page chrome around a story with the source rules (generic, plus those of any site the page is
/// recognised as): drops boilerplate lines, ends the story at an end marker, counts a repeated line once,
/// and sets aside the lines that may carry the publication date.
/// </summary>
public sealed class PageCleaner
{
    /// <summary>A line this long (in words) is story prose; shorter ones may be menu items.</summary>
    private const int MinStoryWords = 5;

    /// <summary>A date line standing alone (a byline, a timestamp) is short and has few words besides the date.</summary>
    private const int MaxStandaloneLength = 40;

    private const int MaxStandaloneWords = 3;

    private readonly CompiledSiteRules _generic;
    private readonly IReadOnlyList<CompiledSiteRules> _sites;

    public PageCleaner(SourceMapping rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _generic = CompiledSiteRules.Compile(rules.Generic);
        _sites = [.. rules.Sites.Select(CompiledSiteRules.Compile)];
    }

    public CleanedPage Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var normalized = Array.ConvertAll(lines, line => LinePrefix.StripLeading(TextNormalizer.NormalizePhrase(line)));
        var rules = RulesFor(normalized);

        var body = new StringBuilder(text.Length);
        var dateLines = new List<DateLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var storySeen = false;
        var ended = false;
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            var key = normalized[index];
            if (key.Length == 0)
            {
                continue;
            }
            if (DateKind(line, key, rules) is { } kind)
            {
                dateLines.Add(new DateLine(line, kind, index));
                continue;
            }
            if (ended || IsEndMarker(key, rules))
            {
                // A marker before any story text is a menu item: skip it, but do not end there.
                ended |= storySeen;
                continue;
            }
            if (IsDropped(line, key, rules) || !seen.Add(key))
            {
                continue;
            }
            body.Append(line).Append('\n');
            storySeen |= LinePrefix.LetterWordCount(key) >= MinStoryWords;
        }
        return new CleanedPage(body.ToString().TrimEnd('\n'), dateLines);
    }

    private List<CompiledSiteRules> RulesFor(IReadOnlyList<string> normalizedLines)
    {
        var rules = new List<CompiledSiteRules> { _generic };
        rules.AddRange(_sites.Where(site => site.AppliesTo(normalizedLines)));
        return rules;
    }

    private static bool IsEndMarker(string key, List<CompiledSiteRules> rules) =>
        rules.Any(r => r.EndMarkers.Any(marker => LinePrefix.StartsWithMarker(key, marker)));

    // Drop-line patterns describe boilerplate lines, which are short: story paragraphs are not tested.
    private const int MaxDropLineWords = 12;

    private static bool IsDropped(string line, string key, List<CompiledSiteRules> rules) =>
        LinePrefix.LetterWordCount(key) <= MaxDropLineWords
        && rules.Any(r => r.DropLines.Any(pattern => pattern.IsMatch(line) || pattern.IsMatch(key)));

    private static DateLineKind? DateKind(string line, string key, List<CompiledSiteRules> rules)
    {
        if (!key.Any(char.IsAsciiDigit))
        {
            return null;
        }
        if (line.StartsWith(HtmlToText.PublishedPrefix, StringComparison.Ordinal))
        {
            // The date the page's markup declared, whatever labels the mappings list.
            return DateLineKind.Publication;
        }
        var publication = LongestLabel(key, rules.SelectMany(r => r.PublicationLabels));
        var ignored = LongestLabel(key, rules.SelectMany(r => r.IgnoreDateLabels));
        if (publication > 0 || ignored > 0)
        {
            return publication >= ignored ? DateLineKind.Publication : DateLineKind.Ignored;
        }
        return key.Length <= MaxStandaloneLength && LinePrefix.LetterWordCount(key) <= MaxStandaloneWords
            ? DateLineKind.Standalone
            : null;
    }

    /// <summary>The longest label the line starts with, so that "Last updated" wins over a shorter label it contains.</summary>
    private static int LongestLabel(string key, IEnumerable<string> labels) =>
        labels.Where(label => LinePrefix.MatchEnd(key, label) >= 0).Select(label => label.Length).DefaultIfEmpty(0).Max();
}
