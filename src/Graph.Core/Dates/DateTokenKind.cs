namespace Graph.Dates;

/// <summary>What a <see cref="DateToken"/> holds.</summary>
internal enum DateTokenKind
{
    Word,
    Number,
    Symbol,
}
