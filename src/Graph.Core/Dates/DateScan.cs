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
    private readonly DateNumbers _numbers;

    public DateScan(string text, DateLexicon lexicon)
    {
        _text = text;
        _tokens = DateTokenizer.Tokenize(text);
        _lexicon = lexicon;
        _numbers = new DateNumbers(text, _tokens);
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
        if (_numbers.ReadNumericDate(index, out var afterNumeric) is { } numeric)
        {
            return (numeric, SkipTrailing(afterNumeric));
        }

        if (_numbers.IsDay(index) && Match(index + 1, DateWordRoles.Month) is { } afterDay)
        {
            return Complete(afterDay.Word, _numbers.Value(index), SkipAlternative(afterDay));
        }

        // A day written as an ordinal word: "اول آذر", "السادس من تشرين الأول", "the first of June".
        if (Match(index, DateWordRoles.OrdinalDay) is { } ordinal && Match(SkipFillers(ordinal.Next), DateWordRoles.Month) is { } afterOrdinal)
        {
            return Complete(afterOrdinal.Word, ordinal.Word.Day, SkipAlternative(afterOrdinal));
        }

        // A month right after a number belongs to it: when "31 مهر 1401" is no date, "مهر 1401" is none either.
        if (!_numbers.FollowsSmallNumber(index) && Match(index, DateWordRoles.Month) is { } month)
        {
            var next = SkipAlternative(month);
            return _numbers.IsDay(next) ? Complete(month.Word, _numbers.Value(next), next + 1) : Complete(month.Word, null, next);
        }

        return null;
    }

    /// <summary>Reads the year after a month (and day), picks the calendar, and checks the day exists.</summary>
    private (DatePart Part, int Next)? Complete(DateWord month, int? day, int next)
    {
        var yearAt = SkipFillers(SkipComma(SkipFillers(next)));
        int? written = IsYear(yearAt) ? _numbers.Value(yearAt) : null;
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

    /// <summary>Four digits standing alone, or followed directly by an era or filler ("2020م", "2020г.").</summary>
    private bool IsYear(int index) =>
        _numbers.IsYearDigits(index, out var gluedRight)
        && (!gluedRight || Match(index + 1, DateWordRoles.Trailing) is not null);

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
