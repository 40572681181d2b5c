using System.CommandLine;
using System.Globalization;

namespace Graph.Cli.Internal;

/// <summary>Options several commands share, each declared once.</summary>
internal static class CommonOptions
{
    public static Option<string?> Mappings() => new("--mappings")
    {
        Description = "Folder of the YAML mappings (default: ./mappings, else the one shipped with the tool).",
        HelpName = "DIR",
    };

    public static Option<string?> Today() => new("--today")
    {
        Description = "The day to treat as today (YYYY-MM-DD) when inferring missing years; default: the system date.",
        HelpName = "DATE",
    };

    public static Option<long> MaxBytes() => new("--max-bytes")
    {
        Description = "Skip (and report) articles larger than this many bytes.",
        DefaultValueFactory = _ => Articles.ArticleReader.DefaultMaxBytes,
    };

    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Article files, folders (read recursively), globs such as 'news/**/*.html', or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The day to resolve relative dates against: --today when given, else the clock.</summary>
    public static DateOnly ResolveToday(string? given, TimeProvider clock) =>
        given is null
            ? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)
            : DateOnly.ParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
