using Graph.Mappings;
using Graph.Tests.Support;
using Graph.Text;

namespace Graph.Tests.Mappings;

/// <summary>The mappings shipped in the repository load and pass the roster audit (issue: roster check).</summary>
public sealed class RepositoryMappingsTests
{
    [Fact]
    public void Validate_RepositoryMappings_HasNoProblem()
    {
        var problems = MappingLoader.Validate(RepoPaths.Mappings, TextNormalizer.NormalizePhrase);

        Assert.Empty(problems);
    }

    [Fact]
    public void RosterCheck_RepositoryRoster_EveryOfficialInFourScriptsNoOverlapNoAmbiguousAlias()
    {
        var set = MappingLoader.LoadDirectory(RepoPaths.Mappings, TextNormalizer.NormalizePhrase);

        var problems = RosterCheck.Check(set, TextNormalizer.NormalizePhrase);

        Assert.Empty(problems);
        Assert.Contains(set.Officials, official => official.Country == "RUS");
        Assert.Contains(set.Officials, official => official.Country == "USA");
        Assert.Contains(set.Officials, official => official.Country == "IRN");
    }
}
