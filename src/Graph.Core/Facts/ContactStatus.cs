namespace Graph.Facts;

/// <summary>Whether a contact took place or is announced for later.</summary>
public enum ContactStatus
{
    Happened,
    Planned,
}
