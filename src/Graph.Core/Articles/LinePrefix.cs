namespace Graph.Articles;

/// <summary>
/// How a page line is compared with markers and labels: leading bullets and punctuation do not count, and
/// spaces are optional on both sides because pages write the same Persian compound with a space, a
/// zero-width non-joiner (removed by normalisation) or nothing.
/// </summary>
internal static class LinePrefix
{
    /// <summary>The line from its first letter or digit on.</summary>
    public static string StripLeading(string normalizedLine)
    {
        var start = 0;
        while (start < normalizedLine.Length && !char.IsLetterOrDigit(normalizedLine[start]))
        {
            start++;
        }
        return normalizedLine[start..];
    }

    /// <summary>
    /// Where <paramref name="phrase"/> ends in <paramref name="line"/> when the line starts with it as whole
    /// words; -1 otherwise.
    /// </summary>
    public static int MatchEnd(string line, string phrase)
    {
        var i = 0;
        var j = 0;
        while (j < phrase.Length)
        {
            if (phrase[j] == ' ')
            {
                j++;
                continue;
            }
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }
            if (i >= line.Length || line[i] != phrase[j])
            {
                return -1;
            }
            i++;
            j++;
        }
        var wholeWord = i >= line.Length || !char.IsLetterOrDigit(line[i]) || !char.IsLetterOrDigit(phrase[^1]);
        return wholeWord ? i : -1;
    }

    /// <summary>
    /// An end marker must stand alone or be followed by punctuation ("Tags:", "انتهای پیام/"), so that a
    /// story sentence that merely begins with the same word does not end the story.
    /// </summary>
    public static bool StartsWithMarker(string line, string marker)
    {
        var end = MatchEnd(line, marker);
        if (end < 0)
        {
            return false;
        }
        if (!char.IsLetterOrDigit(marker[^1]))
        {
            return true;
        }
        while (end < line.Length && line[end] == ' ')
        {
            end++;
        }
        return end >= line.Length || !char.IsLetterOrDigit(line[end]);
    }

    /// <summary>Words that hold at least one letter (numbers and times do not count).</summary>
    public static int LetterWordCount(string line)
    {
        var words = 0;
        var inWord = false;
        var hasLetter = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                words += inWord && hasLetter ? 1 : 0;
                inWord = hasLetter = false;
                continue;
            }
            inWord = true;
            hasLetter |= char.IsLetter(c);
        }
        return words + (inWord && hasLetter ? 1 : 0);
    }
}
