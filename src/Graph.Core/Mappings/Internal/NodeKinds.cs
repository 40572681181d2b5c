using YamlDotNet.RepresentationModel;

namespace Graph.Mappings.Internal;

/// <summary>Names node kinds the way a person editing the file thinks of them.</summary>
internal static class NodeKinds
{
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a map (key: value)",
        YamlSequenceNode => "a list",
        _ => "a single value",
    };
}
