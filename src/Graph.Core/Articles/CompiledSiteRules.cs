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
            [.. rules.DropLines.Select(pattern => new Regex(
                pattern,
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                MatchTimeout))],
            Normalize(rules.PublicationLabels),
            Normalize(rules.IgnoreDateLabels));
    }

    public bool AppliesTo(IReadOnlyList<string> normalizedLines) =>
        Detect.Any(detect => normalizedLines.Any(line => line.Contains(detect, StringComparison.Ordinal)));

    private static string[] Normalize(IReadOnlyList<string> phrases) =>
        [.. phrases.Select(TextNormalizer.NormalizePhrase).Where(phrase => phrase.Length > 0)];
}
