namespace Graph.Dates;

/// <summary>A calendar day (the first of the month or year when less precise) with its precision and source.</summary>
public sealed record ResolvedDate(DateOnly Date, DatePrecision Precision, DateSource Source);
