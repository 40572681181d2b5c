namespace Graph.Articles;

/// <summary>What the source rules say of a line with a date on it.</summary>
public enum DateLineKind
{
    Publication,
    Ignored,
    Standalone,
}
