using Graph.Dates;
using Graph.Facts;

namespace Graph.Rules;

/// <summary>Compares (expression, status) keys by the expression's identity: each found expression is resolved once.</summary>
internal sealed class ReferenceKeyComparer : IEqualityComparer<(DateExpression Expression, ContactStatus Status)>
{
    public static ReferenceKeyComparer Instance { get; } = new();

    public bool Equals((DateExpression Expression, ContactStatus Status) x, (DateExpression Expression, ContactStatus Status) y) =>
        ReferenceEquals(x.Expression, y.Expression) && x.Status == y.Status;

    public int GetHashCode((DateExpression Expression, ContactStatus Status) obj) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Expression), obj.Status);
}
