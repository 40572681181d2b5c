using Graph.Text;

namespace Graph.Mappings.Internal;

/// <summary>
/// Reads every mapping file in dependency order (countries, roles, officials, then the independent
/// ones), collects every error of every file, then runs the checks that span entries.
/// </summary>
internal static class MappingDirectoryReader
{
    public static (MappingSet Set, IReadOnlyList<MappingError> Errors) Read(string directory, Func<string, string> normalize)
    {
        var errors = new List<MappingError>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new MappingError(new SourceMark(directory, 0, 0), $"mappings directory '{directory}' does not exist"));
            return (Empty, errors);
        }

        var countriesRoot = YamlFile.Open(directory, CountriesFile.Name, CountriesFile.RootKeys, errors);
        var countries = countriesRoot is null ? [] : CountriesFile.Read(countriesRoot);
        var countryIds = new KnownIds("country", countriesRoot is null ? null : countries.Select(country => country.Id));

        var rolesRoot = YamlFile.Open(directory, RolesFile.Name, RolesFile.RootKeys, errors);
        var (roles, lexicon) = rolesRoot is null ? ([], new Lexicon(PhraseSet.Empty, PhraseSet.Empty)) : RolesFile.Read(rolesRoot, countryIds);
        var roleIds = new KnownIds("role", rolesRoot is null ? null : roles.Select(role => role.Id));

        var officialsRoot = YamlFile.Open(directory, OfficialsFile.Name, OfficialsFile.RootKeys, errors);
        var (officials, aliases) = officialsRoot is null ? ([], []) : OfficialsFile.Read(officialsRoot, countryIds, roleIds);
        var singleHolderRoles = roles.Where(role => role.SingleHolder).Select(role => role.Id).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(OfficeConflicts.SamePerson(officials));
        errors.AddRange(OfficeConflicts.SingleHolder(officials, singleHolderRoles));
        errors.AddRange(AliasConflicts.Find(aliases, [], normalize));

        var contacts = Read(directory, ContactsFile.Name, ContactsFile.RootKeys, errors, ContactsFile.Read, Empty.Contacts);
        var sources = Read(directory, SourcesFile.Name, SourcesFile.RootKeys, errors, SourcesFile.Read, Empty.Sources);
        var dates = Read(directory, DatesFile.Name, DatesFile.RootKeys, errors, DatesFile.Read, Empty.Dates);
        var graph = Read(directory, GraphFile.Name, GraphFile.RootKeys, errors, GraphFile.Read, Empty.Graph);

        var languages = Read(directory, LanguagesFile.Name, LanguagesFile.RootKeys, errors, LanguagesFile.Read, Empty.Languages);

        var set = new MappingSet(countries, roles, lexicon, officials, contacts, sources, dates, graph, languages);
        return (set, InFileOrder(errors));
    }

    private static T Read<T>(
        string directory, string name, IReadOnlyCollection<string> rootKeys, List<MappingError> errors, Func<MapReader, T> read, T empty) =>
        YamlFile.Open(directory, name, rootKeys, errors) is { } root ? read(root) : empty;

    // Cross-entry checks run after each file's own pass; sorting puts every error back where it was written.
    private static List<MappingError> InFileOrder(List<MappingError> errors)
    {
        var fileOrder = errors.Select(error => error.Mark.File).Distinct().Select((file, index) => (file, index))
            .ToDictionary(pair => pair.file, pair => pair.index, StringComparer.Ordinal);
        return [.. errors.OrderBy(error => fileOrder[error.Mark.File]).ThenBy(error => error.Mark.Line).ThenBy(error => error.Mark.Column)];
    }

    private static MappingSet Empty { get; } = new(
        [],
        [],
        new Lexicon(PhraseSet.Empty, PhraseSet.Empty),
        [],
        new ContactMapping([], PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty,
            PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty),
        new SourceMapping(new SiteRules("generic", [], [], [], [], [], SourceMark.None), []),
        new DateVocabulary([], [], [], [], PhraseSet.Empty, PhraseSet.Empty, PhraseSet.Empty),
        new GraphMapping(new Dictionary<string, NodeMapping>(), new Dictionary<string, string>()),
        LanguageSettings.Empty);
}
