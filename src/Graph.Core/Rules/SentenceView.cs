using Graph.Dates;
using Graph.Gazetteer;
using Graph.Text;

namespace Graph.Rules;

/// <summary>One sentence of an article: its span, its words [FirstToken, EndToken), the phrases and dates in it, and the normalised text it is a span of.</summary>
public sealed record SentenceView(
    int Index,
    TextSpan Span,
    int FirstToken,
    int EndToken,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<DateExpression> Dates,
    string Source);
