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
    public static CompiledSiteRules Compile(SiteRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new CompiledSiteRules(
            Normalize(rules.Detect),
            Normalize(rules.EndMarkers),
            rules.DropLines.Count == 0
                ? []
                // One alternation, matched in linear time (no backtracking, so no timeout bookkeeping on
                // every line): a careless pattern in the mappings cannot stall a run.
                : [new Regex(
                    string.Join('|', rules.DropLines.Select(pattern => $"(?:{pattern})")),
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)],
            Normalize(rules.PublicationLabels),
            Normalize(rules.IgnoreDateLabels));
    }

    public bool AppliesTo(IReadOnlyList<string> normalizedLines) =>
        Detect.Any(detect => normalizedLines.Any(line => line.Contains(detect, StringComparison.Ordinal)));

    private static string[] Normalize(IReadOnlyList<string> phrases) =>
        [.. phrases.Select(TextNormalizer.NormalizePhrase).Where(phrase => phrase.Length > 0)];
}
