namespace Graph.Mappings;

/// <summary>The kinds of diplomatic contact; names as in the extraction contract.</summary>
public enum ContactType
{
    Call,
    Visit,
    Meeting,
    Invitation,
}
