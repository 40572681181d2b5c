using System.Globalization;

namespace Graph.Cli.Internal;

/// <summary>Reads the intervals of --every: a whole number and a unit, 30s, 15m, 1h or 1d.</summary>
internal static class Interval
{
    public static TimeSpan? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || !long.TryParse(trimmed[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            return null;
        }
        TimeSpan? span = char.ToLowerInvariant(trimmed[^1]) switch
        {
            's' => TimeSpan.FromSeconds(count),
            'm' => TimeSpan.FromMinutes(count),
            'h' => TimeSpan.FromHours(count),
            'd' => TimeSpan.FromDays(count),
            _ => null,
        };
        return span is { } value && value <= TimeSpan.FromDays(365) ? value : null;
    }
}
