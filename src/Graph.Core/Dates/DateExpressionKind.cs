namespace Graph.Dates;

/// <summary>
/// Absolute: day and/or month and/or year written out (maybe with a weekday). Relative: a day word
/// ("yesterday", "last night"), maybe with a weekday ("today, Sunday"). Weekday: a weekday alone
/// ("on Friday", "جمعه شب").
/// </summary>
public enum DateExpressionKind
{
    Absolute,
    Relative,
    Weekday,
}
