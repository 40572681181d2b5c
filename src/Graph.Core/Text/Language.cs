namespace Graph.Text;

/// <summary>The languages the loader reads.</summary>
public enum Language
{
    Unknown,
    Fa,
    Ar,
    En,
    Ru,
}
