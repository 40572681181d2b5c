namespace Graph.Dates;

/// <summary>Where a date came from: written out, relative to the publication date, a year inferred, or the publication date itself.</summary>
public enum DateSource
{
    Stated,
    Relative,
    Inferred,
    Publication,
}
