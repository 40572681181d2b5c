using Graph.Mappings.Internal;

namespace Graph.Mappings;

/// <summary>
/// Loads mappings/*.yaml into a <see cref="MappingSet"/>. Every problem in every file is reported at
/// once, with file, line and column; a directory with any problem does not load at all.
/// </summary>
public static class MappingLoader
{
    /// <summary>Loads and validates the directory, or throws <see cref="MappingException"/> listing every problem.</summary>
    /// <param name="normalizePhrase">How phrases are compared when checking that no alias names two
    /// officials; pass the text normaliser that articles go through. Default: lower case, trimmed.</param>
    public static MappingSet LoadDirectory(string directory, Func<string, string>? normalizePhrase = null)
    {
        var (set, errors) = MappingDirectoryReader.Read(directory, normalizePhrase ?? DefaultNormalize);
        return errors.Count == 0 ? set : throw new MappingException(errors);
    }

    /// <summary>The problems <see cref="LoadDirectory"/> would throw, or none.</summary>
    public static IReadOnlyList<MappingError> Validate(string directory, Func<string, string>? normalizePhrase = null) =>
        MappingDirectoryReader.Read(directory, normalizePhrase ?? DefaultNormalize).Errors;

    private static string DefaultNormalize(string phrase) => phrase.Trim().ToLowerInvariant();
}
