namespace Graph.Dates;

/// <summary>
/// Which way to look from the anchor when the text does not fix a date: past events look back
/// ("on Friday" = the last Friday), planned ones forward, and "today, Sunday" takes the nearest.
/// </summary>
public enum ResolveDirection
{
    Past,
    Future,
    Nearest,
}
