using System.IO.Enumeration;

namespace Graph.Articles;

/// <summary>
/// Turns the paths given on the command line into the list of inputs to read, in the order given: a file
/// as is, a folder as all files below it, a glob (<c>*</c>, <c>?</c>, <c>**</c> for any depth of folders)
/// as the files it matches, <c>-</c> as standard input. Folder and glob matches come sorted ordinally by
/// path so that runs are reproducible. Anything that names nothing is passed on unchanged, so that the
/// reader reports it with the others.
/// </summary>
public static class InputExpander
{
    public const string StandardInput = "-";

    private const string AnyDepth = "**";

    public static IEnumerable<string> Expand(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            foreach (var path in ExpandOne(input))
            {
                yield return path;
            }
        }
    }

    private static List<string> ExpandOne(string input)
    {
        if (input == StandardInput || File.Exists(input))
        {
            return [input];
        }
        if (Directory.Exists(input))
        {
            return Sorted(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories));
        }
        if (input.AsSpan().IndexOfAny('*', '?') >= 0)
        {
            var matches = Sorted(ExpandGlob(input));
            return matches.Count > 0 ? matches : [input];
        }
        return [input];
    }

    private static List<string> Sorted(IEnumerable<string> paths)
    {
        var list = paths.ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    private static IEnumerable<string> ExpandGlob(string glob)
    {
        var segments = glob.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        var firstWild = Array.FindIndex(segments, s => s.AsSpan().IndexOfAny('*', '?') >= 0);
        var root = string.Join('/', segments[..firstWild]);
        if (Path.IsPathRooted(glob) && !Path.IsPathRooted(root))
        {
            root = Path.GetPathRoot(glob) + root;
        }
        var searchRoot = root.Length == 0 ? "." : root;
        if (!Directory.Exists(searchRoot))
        {
            return [];
        }
        var pattern = segments[firstWild..];
        var depth = pattern.Length == 1 ? SearchOption.TopDirectoryOnly : SearchOption.AllDirectories;
        return Directory.EnumerateFiles(searchRoot, "*", depth)
            .Select(file => Path.GetRelativePath(searchRoot, file))
            .Where(relative => Matches(pattern, relative.Split(Path.DirectorySeparatorChar)))
            .Select(relative => root.Length == 0 ? relative : Path.Join(root, relative));
    }

    private static bool Matches(ReadOnlySpan<string> pattern, ReadOnlySpan<string> path)
    {
        if (pattern.IsEmpty)
        {
            return path.IsEmpty;
        }
        if (pattern[0] == AnyDepth)
        {
            for (var skip = 0; skip <= path.Length; skip++)
            {
                if (Matches(pattern[1..], path[skip..]))
                {
                    return true;
                }
            }
            return false;
        }
        return !path.IsEmpty
            && FileSystemName.MatchesSimpleExpression(pattern[0], path[0], ignoreCase: false)
            && Matches(pattern[1..], path[1..]);
    }
}
