namespace Graph.Tests.Support;

/// <summary>
/// Folders the tests read: the repository root (the folder holding Graph.sln), its mappings, and the
/// shared seed pages outside the repository (../shared/seeds; a git worktree sits deeper, so every
/// folder above the root is tried).
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Mappings => Path.Combine(Root, "mappings");

    public static string? Seeds()
    {
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(Path.Combine(seeds, "articles")))
            {
                return seeds;
            }
        }
        return null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
