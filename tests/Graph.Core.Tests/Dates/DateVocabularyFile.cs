using Graph.Mappings;
using Graph.Text;
using YamlDotNet.RepresentationModel;

namespace Graph.Tests.Dates;

/// <summary>
/// Reads the real mappings/dates.yaml into a <see cref="DateVocabulary"/> so that the tests exercise the
/// shipped vocabulary. Test-only: the project's mapping loader (with validation) lives elsewhere.
/// </summary>
internal static class DateVocabularyFile
{
    public static DateVocabulary Load()
    {
        using var reader = new StreamReader(FindFile(Path.Combine("mappings", "dates.yaml")));
        var stream = new YamlStream();
        stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return new DateVocabulary(
            PhraseSets(root["gregorian_months"]),
            PhraseSets(root["solar_hijri_months"]),
            PhraseSets(root["weekdays"]),
            [.. ((YamlSequenceNode)root["relative_days"]).Children.Cast<YamlMappingNode>().Select(RelativeDay)],
            PhraseSet(root["fillers"]),
            PhraseSet(root["gregorian_era"]),
            PhraseSet(root["solar_hijri_era"]));
    }

    private static RelativeDay RelativeDay(YamlMappingNode node) =>
        new(Scalar(node["name"]), int.Parse(Scalar(node["offset"])), PhraseSet(node["phrases"]));

    private static List<PhraseSet> PhraseSets(YamlNode node) =>
        [.. ((YamlSequenceNode)node).Children.Select(PhraseSet)];

    private static PhraseSet PhraseSet(YamlNode node)
    {
        var byLanguage = new Dictionary<Language, IReadOnlyList<string>>();
        foreach (var (key, value) in (YamlMappingNode)node)
        {
            Assert.True(LanguageCodes.TryParse(Scalar(key), out var language), $"unknown language {key} at {key.Start}");
            byLanguage[language] = [.. ((YamlSequenceNode)value).Children.Select(Scalar)];
        }

        return new PhraseSet(byLanguage);
    }

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    private static string FindFile(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
