using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Mappings.Internal;

/// <summary>Opens one mapping file and hands out its root map; a missing or unparsable file is one error.</summary>
internal static partial class YamlFile
{
    public static MapReader? Open(string directory, string name, IReadOnlyCollection<string> rootKeys, List<MappingError> errors)
    {
        var path = Path.Combine(directory, name);
        var context = new ReadContext(path, errors);
        if (!File.Exists(path))
        {
            context.Error(new SourceMark(path, 0, 0), $"{name} is missing", $"the mappings directory needs {name}; see docs/mappings.md");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException exception)
        {
            context.Error(new SourceMark(path, (int)exception.Start.Line, (int)exception.Start.Column), WithoutMarks(exception.Message),
                "fix the YAML syntax here; nothing else in this file was checked");
            return null;
        }
        catch (IOException exception)
        {
            context.Error(new SourceMark(path, 0, 0), $"{name} cannot be read: {exception.Message}");
            return null;
        }
        catch (UnauthorizedAccessException exception)
        {
            context.Error(new SourceMark(path, 0, 0), $"{name} cannot be read: {exception.Message}");
            return null;
        }

        return Root(stream, name, rootKeys, context);
    }

    private static MapReader? Root(YamlStream stream, string name, IReadOnlyCollection<string> rootKeys, ReadContext context)
    {
        if (stream.Documents.Count == 0)
        {
            context.Error(new SourceMark(context.Path, 1, 1), $"{name} is empty", $"allowed keys: {string.Join(", ", rootKeys)}");
            return null;
        }

        foreach (var extra in stream.Documents.Skip(1))
        {
            context.Error(extra.RootNode, $"{name} holds more than one YAML document", "remove the '---' separator");
        }

        return MapReader.From(stream.Documents[0].RootNode, context, name, rootKeys);
    }

    // YamlDotNet repeats the marks in its message; the error already carries them.
    private static string WithoutMarks(string message) => LeadingMarks().Replace(message, "");

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex LeadingMarks();
}
