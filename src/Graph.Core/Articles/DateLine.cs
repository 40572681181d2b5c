namespace Graph.Articles;

/// <summary>A line of the page around a date: labelled as the publication date, labelled as another date (updated, viewed), or a date standing alone (a byline).</summary>
public sealed record DateLine(string Text, DateLineKind Kind, int LineIndex);
