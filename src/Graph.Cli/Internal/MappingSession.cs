using Graph.Extraction;
using Graph.Mappings;
using Graph.Text;

namespace Graph.Cli.Internal;

/// <summary>Loads and compiles the mappings once, printing every problem when they do not load.</summary>
internal static class MappingSession
{
    public static CompiledMappings? Load(string? directory, TextWriter error)
    {
        var folder = MappingsLocator.Locate(directory);
        try
        {
            return CompiledMappings.Compile(MappingLoader.LoadDirectory(folder, TextNormalizer.NormalizePhrase));
        }
        catch (MappingException exception)
        {
            foreach (var problem in exception.Errors)
            {
                error.WriteLine(problem.ToString());
            }
            error.WriteLine($"the mappings in '{folder}' did not load ({exception.Errors.Count} problem(s)); nothing was processed");
            return null;
        }
    }
}
