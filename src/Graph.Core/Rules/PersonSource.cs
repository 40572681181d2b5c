namespace Graph.Rules;

/// <summary>How a sentence named an official.</summary>
public enum PersonSource
{
    /// <summary>By name ("Sergei Lavrov").</summary>
    Name,

    /// <summary>By an office resolved through the roster ("the US Secretary of State").</summary>
    Title,

    /// <summary>As another's counterpart ("his Russian counterpart").</summary>
    Counterpart,

    /// <summary>As the last person of a country ("the Russian guest").</summary>
    Reference,

    /// <summary>As one of the two people last named ("the two leaders").</summary>
    Pair,

    /// <summary>As the visitor of a visit already reported ("this visit was at the invitation of ...").</summary>
    Visitor,
}
