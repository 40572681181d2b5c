namespace Graph.Dates;

/// <summary>
/// Reads numbers among the tokens: day numbers, four-digit years and all-numeric dates. A number glued
/// to letters or digits, or joined to more digits by - / . : , is part of something longer (a time, an
/// id, a phone number, a decimal) and is never read as part of a date.
/// </summary>
internal sealed class DateNumbers(string text, List<DateToken> tokens)
{
    private const int NumericDateTokens = 5;

    public bool IsDay(int index) =>
        IsNumber(index, out var token) && token.Length <= 2 && Value(index) is >= 1 and <= 31
        && IsolatedLeft(token.Start) && IsolatedRight(token.End);

    /// <summary>Four digits not glued to anything on the left; <paramref name="gluedRight"/> says whether letters follow directly.</summary>
    public bool IsYearDigits(int index, out bool gluedRight)
    {
        gluedRight = false;
        if (!IsNumber(index, out var token) || token.Length != 4 || !IsolatedLeft(token.Start))
        {
            return false;
        }

        gluedRight = !IsolatedRight(token.End);
        return !gluedRight || char.IsLetter(text[token.End]);
    }

    /// <summary>A day-sized number (one or two digits) just before <paramref name="index"/>.</summary>
    public bool FollowsSmallNumber(int index) =>
        index > 0 && tokens[index - 1].Kind == DateTokenKind.Number && tokens[index - 1].Length <= 2;

    public int Value(int index) => int.Parse(text.AsSpan(tokens[index].Start, tokens[index].Length));

    /// <summary>
    /// yyyy-mm-dd or dd-mm-yyyy with one of - / . as the only separator; the year picks the calendar.
    /// On success the date took <see cref="NumericDateTokens"/> tokens from <paramref name="index"/>.
    /// </summary>
    public DatePart? ReadNumericDate(int index, out int next)
    {
        next = index + NumericDateTokens;
        if (next > tokens.Count || tokens[index].Kind != DateTokenKind.Number)
        {
            return null;
        }

        var separator = text[tokens[index].End];
        if (separator is not ('-' or '/' or '.'))
        {
            return null;
        }

        for (var i = index + 1; i < next; i++)
        {
            var expected = (i - index) % 2 == 0 ? DateTokenKind.Number : DateTokenKind.Symbol;
            if (tokens[i].Kind != expected || tokens[i].Start != tokens[i - 1].End
                || (expected == DateTokenKind.Symbol && text[tokens[i].Start] != separator))
            {
                return null;
            }
        }

        if (!IsolatedLeft(tokens[index].Start) || !IsolatedRight(tokens[next - 1].End))
        {
            return null;
        }

        var (first, middle, last) = (tokens[index].Length, tokens[index + 2].Length, tokens[index + 4].Length);
        int year, day;
        if (first == 4 && middle <= 2 && last <= 2)
        {
            (year, day) = (Value(index), Value(index + 4));
        }
        else if (first <= 2 && middle <= 2 && last == 4)
        {
            (year, day) = (Value(index + 4), Value(index));
        }
        else
        {
            return null;
        }

        var month = Value(index + 2);
        return CalendarMath.CalendarOfYear(year) is { } calendar && CalendarMath.ToGregorian(calendar, year, month, day) is not null
            ? new DatePart(calendar, year, month, day)
            : null;
    }

    private bool IsNumber(int index, out DateToken token)
    {
        token = index < tokens.Count ? tokens[index] : default;
        return index < tokens.Count && token.Kind == DateTokenKind.Number;
    }

    private bool IsolatedLeft(int start) =>
        start == 0
        || (!char.IsLetterOrDigit(text[start - 1])
            && !(IsNumberJoiner(text[start - 1]) && start >= 2 && char.IsAsciiDigit(text[start - 2])));

    private bool IsolatedRight(int end) =>
        end >= text.Length
        || (!char.IsLetterOrDigit(text[end])
            && !(IsNumberJoiner(text[end]) && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));

    private static bool IsNumberJoiner(char c) => c is '-' or '/' or '.' or ':' or ',';
}
