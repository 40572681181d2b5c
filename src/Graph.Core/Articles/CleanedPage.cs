namespace Graph.Articles;

/// <summary>
/// A page with its chrome cut away. <see cref="Body"/> is the story text (lines kept, blocks repeated
/// verbatim counted once). <see cref="DateLines"/> are the lines that may carry the publication date,
/// in page order, with what the source rules say of them.
/// </summary>
public sealed record CleanedPage(string Body, IReadOnlyList<DateLine> DateLines);
