using Graph.Dates;
using Graph.Gazetteer;
using Graph.Text;

namespace Graph.Rules;

/// <summary>One sentence of an article: its span, its words [FirstToken, EndToken), the phrases and dates in it.</summary>
public sealed record SentenceView(
    int Index,
    TextSpan Span,
    int FirstToken,
    int EndToken,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<DateExpression> Dates);
