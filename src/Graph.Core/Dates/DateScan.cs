namespace Graph.Dates;

/// <summary>
/// One left-to-right pass over the tokens of a normalised text. At each token it tries the longest
/// expression: [fillers] [relative day] [, weekday] [, relative day] [, absolute date] [fillers],
/// where the absolute date is numeric, day + month (+ year), month + day (+ year) or month + year.
/// </summary>
internal sealed class DateScan
{
    private readonly string _text;
    private readonly List<DateToken> _tokens;
    private readonly DateLexicon _lexicon;

    public DateScan(string text, DateLexicon lexicon)
    {
        _text = text;
        _tokens = DateTokenizer.Tokenize(text);
        _lexicon = lexicon;
    }

    public IReadOnlyList<DateExpression> FindAll()
    {
        var found = new List<DateExpression>();
        var i = 0;
        while (i < _tokens.Count)
        {
            if (CanStart(i) && TryExpression(i) is { } result)
            {
                found.Add(result.Expression);
                i = result.Next;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private bool CanStart(int index)
    {
        var token = _tokens[index];
        return token.Kind == DateTokenKind.Number
            || (token.Kind == DateTokenKind.Word && _lexicon.StartsPhrase(_text.AsSpan(token.Start, token.Length)));
    }

    private (DateExpression Expression, int Next)? TryExpression(int first)
    {
        var position = SkipFillers(first);
        var end = -1;
        DateWord? relative = null;
        DateWord? weekday = null;
        if (Match(position, DateWordRoles.RelativeDay) is { } today)
        {
            relative = today.Word;
            position = end = SkipFillers(today.Next);
        }

        if (Match(end < 0 ? position : SkipComma(position), DateWordRoles.Weekday) is { } day)
        {
            weekday = day.Word;
            position = end = SkipFillers(day.Next);
            if (relative is null && Match(SkipComma(position), DateWordRoles.RelativeDay) is { } after)
            {
                relative = after.Word;
                position = end = SkipFillers(after.Next);
            }
        }

        DatePart? part = null;
        // After a day word or a weekday only a full day may follow: "today, June 2020" is two things.
        if (TryDatePart(end < 0 ? position : SkipComma(position)) is { } date && (end < 0 || date.Part.Day is not null))
        {
            part = date.Part;
            end = date.Next;
        }

        if (end < 0)
        {
            return null;
        }

        var kind = part is not null ? DateExpressionKind.Absolute
            : relative is not null ? DateExpressionKind.Relative
            : DateExpressionKind.Weekday;
        var start = _tokens[first].Start;
        var expression = new DateExpression(
            start,
            _tokens[end - 1].End - start,
            kind,
            part?.Calendar ?? CalendarKind.Gregorian,
            part?.Year,
            part?.Month,
            part?.Day,
            weekday?.Weekday,
            relative?.OffsetDays);
        return (expression, end);
    }

    private (DatePart Part, int Next)? TryDatePart(int index)
    {
        if (TryNumeric(index) is { } numeric)
        {
            return numeric;
        }

        if (IsDay(index) && Match(index + 1, DateWordRoles.Month) is { } afterDay)
        {
            return Complete(afterDay.Word, NumberAt(index), SkipAlternative(afterDay));
        }

        // A month right after a number belongs to it: when "31 مهر 1401" is no date, "مهر 1401" is none either.
        if (!AfterNumber(index) && Match(index, DateWordRoles.Month) is { } month)
        {
            var next = SkipAlternative(month);
            return IsDay(next) ? Complete(month.Word, NumberAt(next), next + 1) : Complete(month.Word, null, next);
        }

        return null;
    }

    /// <summary>Reads the year after a month (and day), picks the calendar, and checks the day exists.</summary>
    private (DatePart Part, int Next)? Complete(DateWord month, int? day, int next)
    {
        var yearAt = SkipFillers(SkipComma(SkipFillers(next)));
        int? written = IsYear(yearAt) ? NumberAt(yearAt) : null;
        var (calendar, fits) = ChooseCalendar(month, written);
        var year = fits ? written : null;
        if (day is null && year is null)
        {
            // A month name alone is too often a common word ("may", "مه", "آب").
            return null;
        }

        var monthNumber = calendar == CalendarKind.Gregorian ? month.GregorianMonth : month.SolarHijriMonth;
        var exists = year is { } y
            ? day is not { } d || CalendarMath.ToGregorian(calendar, y, monthNumber, d) is not null
            : day <= CalendarMath.MaxDaysInMonth(calendar, monthNumber);
        if (!exists)
        {
            return null;
        }

        return (new DatePart(calendar, year, monthNumber, day), SkipTrailing(year is null ? next : yearAt + 1));
    }

    private static (CalendarKind Calendar, bool YearFits) ChooseCalendar(DateWord month, int? year)
    {
        if (year is { } y)
        {
            if (month.Has(DateWordRoles.GregorianMonth) && CalendarMath.IsYearOf(CalendarKind.Gregorian, y))
            {
                return (CalendarKind.Gregorian, true);
            }

            if (month.Has(DateWordRoles.SolarHijriMonth) && CalendarMath.IsYearOf(CalendarKind.SolarHijri, y))
            {
                return (CalendarKind.SolarHijri, true);
            }
        }

        return (month.Has(DateWordRoles.GregorianMonth) ? CalendarKind.Gregorian : CalendarKind.SolarHijri, false);
    }

    /// <summary>yyyy-mm-dd or dd-mm-yyyy with one of - / . as separator; the year picks the calendar.</summary>
    private (DatePart Part, int Next)? TryNumeric(int index)
    {
        if (index + 4 >= _tokens.Count || _tokens[index].Kind != DateTokenKind.Number)
        {
            return null;
        }

        var separator = _text[_tokens[index].End];
        if (separator is not ('-' or '/' or '.'))
        {
            return null;
        }

        for (var i = index; i < index + 5; i++)
        {
            var expected = i % 2 == index % 2 ? DateTokenKind.Number : DateTokenKind.Symbol;
            if (_tokens[i].Kind != expected || (i > index && _tokens[i].Start != _tokens[i - 1].End)
                || (expected == DateTokenKind.Symbol && _text[_tokens[i].Start] != separator))
            {
                return null;
            }
        }

        if (!IsolatedLeft(_tokens[index].Start) || !IsolatedRight(_tokens[index + 4].End))
        {
            return null;
        }

        var (first, middle, last) = (_tokens[index], _tokens[index + 2], _tokens[index + 4]);
        int year, day;
        if (first.Length == 4 && middle.Length <= 2 && last.Length <= 2)
        {
            (year, day) = (NumberAt(index), NumberAt(index + 4));
        }
        else if (first.Length <= 2 && middle.Length <= 2 && last.Length == 4)
        {
            (year, day) = (NumberAt(index + 4), NumberAt(index));
        }
        else
        {
            return null;
        }

        var month = NumberAt(index + 2);
        if (CalendarMath.CalendarOfYear(year) is not { } calendar || CalendarMath.ToGregorian(calendar, year, month, day) is null)
        {
            return null;
        }

        return (new DatePart(calendar, year, month, day), SkipTrailing(index + 5));
    }

    private bool IsDay(int index)
    {
        if (index >= _tokens.Count)
        {
            return false;
        }

        var token = _tokens[index];
        return token.Kind == DateTokenKind.Number && token.Length <= 2 && NumberAt(index) is >= 1 and <= 31
            && IsolatedLeft(token.Start) && IsolatedRight(token.End);
    }

    /// <summary>Four digits standing alone, or followed directly by an era or filler ("2020م", "2020г.").</summary>
    private bool IsYear(int index)
    {
        if (index >= _tokens.Count)
        {
            return false;
        }

        var token = _tokens[index];
        return token.Kind == DateTokenKind.Number && token.Length == 4 && IsolatedLeft(token.Start)
            && (IsolatedRight(token.End)
                || (index + 1 < _tokens.Count && _tokens[index + 1].Kind == DateTokenKind.Word
                    && Match(index + 1, DateWordRoles.Trailing) is not null));
    }

    private bool AfterNumber(int index) =>
        index > 0 && _tokens[index - 1].Kind == DateTokenKind.Number && _tokens[index - 1].Length <= 2;

    private int NumberAt(int index) => int.Parse(_text.AsSpan(_tokens[index].Start, _tokens[index].Length));

    // A number glued to letters or digits, or joined to more digits by - / . : , is part of something
    // longer: a time, an id, a phone number, a decimal.
    private bool IsolatedLeft(int start) =>
        start == 0
        || (!char.IsLetterOrDigit(_text[start - 1])
            && !(IsNumberJoiner(_text[start - 1]) && start >= 2 && char.IsAsciiDigit(_text[start - 2])));

    private bool IsolatedRight(int end) =>
        end >= _text.Length
        || (!char.IsLetterOrDigit(_text[end])
            && !(IsNumberJoiner(_text[end]) && end + 1 < _text.Length && char.IsAsciiDigit(_text[end + 1])));

    private static bool IsNumberJoiner(char c) => c is '-' or '/' or '.' or ':' or ',';

    /// <summary>"آب/أغسطس": a second name of the same month after a slash.</summary>
    private int SkipAlternative(DateMatch month)
    {
        var slash = month.Next;
        return slash < _tokens.Count && _tokens[slash].Kind == DateTokenKind.Symbol && _text[_tokens[slash].Start] == '/'
            && Match(slash + 1, DateWordRoles.Month) is { } other && other.Word.IsSameMonth(month.Word)
            ? other.Next
            : month.Next;
    }

    private int SkipComma(int index) =>
        index < _tokens.Count && _tokens[index].Kind == DateTokenKind.Symbol && _text[_tokens[index].Start] is ',' or '،'
            ? index + 1
            : index;

    private int SkipFillers(int index) => Skip(index, DateWordRoles.Filler);

    private int SkipTrailing(int index) => Skip(index, DateWordRoles.Trailing);

    /// <summary>Skips phrases with <paramref name="roles"/>, stopping where a longer phrase of another kind starts ("روز" / "روز گذشته").</summary>
    private int Skip(int index, DateWordRoles roles)
    {
        while (Match(index, DateWordRoles.Any) is { } match && match.Word.Has(roles))
        {
            index = match.Next;
        }

        return index;
    }

    private DateMatch? Match(int index, DateWordRoles roles) =>
        index < _tokens.Count ? _lexicon.Match(_text, _tokens, index, roles) : null;
}
