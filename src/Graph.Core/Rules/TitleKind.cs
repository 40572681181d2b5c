namespace Graph.Rules;

/// <summary>What a title group stands for: an office, "counterpart", the two people last named, or the last person of a country.</summary>
internal enum TitleKind
{
    Role,
    Counterpart,
    Pair,
    Reference,
}
