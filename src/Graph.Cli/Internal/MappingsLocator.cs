namespace Graph.Cli.Internal;

/// <summary>
/// Finds the mappings folder when none is given: ./mappings, else the mappings folder of the checkout
/// (or image) the executable runs from.
/// </summary>
internal static class MappingsLocator
{
    public static string Locate(string? given)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return given;
        }
        if (Directory.Exists("mappings"))
        {
            return "mappings";
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "mappings");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return "mappings";
    }
}
