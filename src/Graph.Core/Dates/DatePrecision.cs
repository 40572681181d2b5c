namespace Graph.Dates;

/// <summary>How much of a date the text fixes.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
