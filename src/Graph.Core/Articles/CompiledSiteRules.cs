using System.Text.RegularExpressions;
using Graph.Mappings;
using Graph.Text;

namespace Graph.Articles;

/// <summary>One <see cref="SiteRules"/> made ready to apply: phrases normalised, regular expressions compiled once.</summary>
internal sealed record CompiledSiteRules(
    IReadOnlyList<string> Detect,
    IReadOnlyList<string> EndMarkers,
    IReadOnlyList<Regex> DropLines,
    IReadOnlyList<string> PublicationLabels,
    IReadOnlyList<string> IgnoreDateLabels)
{
    /// <summary>A drop-line pattern that takes longer than this on one line is a bad pattern, not a slow page.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    public static CompiledSiteRules Compile(SiteRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new CompiledSiteRules(
            Normalize(rules.Detect),
            Normalize(rules.EndMarkers),
            rules.DropLines.Count == 0
                ? []
                // One alternation compiled once: every line of every page is tested against it.
                : [new Regex(
                    string.Join('|', rules.DropLines.Select(pattern => $"(?:{pattern})")),
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
                    MatchTimeout)],
            Normalize(rules.PublicationLabels),
            Normalize(rules.IgnoreDateLabels));
    }

    public bool AppliesTo(IReadOnlyList<string> normalizedLines) =>
        Detect.Any(detect => normalizedLines.Any(line => line.Contains(detect, StringComparison.Ordinal)));

    private static string[] Normalize(IReadOnlyList<string> phrases) =>
        [.. phrases.Select(TextNormalizer.NormalizePhrase).Where(phrase => phrase.Length > 0)];
}
