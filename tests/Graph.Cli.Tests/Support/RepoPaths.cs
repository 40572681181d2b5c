namespace Graph.Tests.Support;

/// <summary>The repository's mappings folder, found from the test assembly upwards (the folder holding Graph.sln).</summary>
internal static class RepoPaths
{
    public static string Mappings { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return Path.Combine(dir.FullName, "mappings");
            }
        }
        throw new InvalidOperationException("Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
