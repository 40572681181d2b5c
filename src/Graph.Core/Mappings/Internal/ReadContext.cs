using YamlDotNet.RepresentationModel;

namespace Graph.Mappings.Internal;

/// <summary>The file being read and the error list every reader of it reports into.</summary>
internal sealed class ReadContext(string path, List<MappingError> errors)
{
    public string Path => path;

    public SourceMark Mark(YamlNode node) => new(path, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string message, string? hint = null) => Error(Mark(node), message, hint);

    public void Error(SourceMark mark, string message, string? hint = null) => errors.Add(new MappingError(mark, message, hint));
}
