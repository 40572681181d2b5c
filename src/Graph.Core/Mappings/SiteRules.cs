namespace Graph.Mappings;

/// <summary>
/// Page-chrome rules, generic (<see cref="Detect"/> empty) or for one site (applied when any
/// <see cref="Detect"/> string occurs in the page). <see cref="EndMarkers"/>: a line starting with one
/// ends the story. <see cref="DropLines"/>: regular expressions for lines that are never story text.
/// <see cref="PublicationLabels"/>: a line starting with one carries the publication date.
/// <see cref="IgnoreDateLabels"/>: a line starting with one carries a date that is not the publication
/// date (updated, viewed).
/// </summary>
public sealed record SiteRules(
    string Name,
    IReadOnlyList<string> Detect,
    IReadOnlyList<string> EndMarkers,
    IReadOnlyList<string> DropLines,
    IReadOnlyList<string> PublicationLabels,
    IReadOnlyList<string> IgnoreDateLabels,
    SourceMark Mark);
