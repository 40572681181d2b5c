using System.Globalization;
using Graph.Mappings;
using YamlDotNet.RepresentationModel;

namespace Graph.Evaluation;

/// <summary>Reads a gold file. Keys it does not use (source, notes, not_contacts, event, city) are allowed.</summary>
public static class GoldReader
{
    public static GoldArticle Read(string path)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            stream.Load(reader);
        }
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var contacts = new List<GoldContact>();
        if (Child(root, "contacts") is YamlSequenceNode list)
        {
            foreach (var item in list.Children.OfType<YamlMappingNode>())
            {
                contacts.Add(new GoldContact(
                    ParseType(Text(item, "type") ?? throw new InvalidDataException($"{path}: a contact has no type")),
                    Child(item, "participants") is YamlSequenceNode names ? names.Children.Select(n => ((YamlScalarNode)n).Value ?? "").ToList() : [],
                    Text(item, "initiator"),
                    Text(item, "destination"),
                    Date(Text(item, "date")),
                    Text(item, "optional") is "true" or "True",
                    Text(item, "evidence") ?? ""));
            }
        }
        return new GoldArticle(Text(root, "id") ?? Path.GetFileNameWithoutExtension(path), Text(root, "lang") ?? "", Date(Text(root, "published")), contacts);
    }

    private static ContactType ParseType(string type) =>
        ContactTypeNames.TryParse(type, out var parsed) ? parsed : throw new InvalidDataException($"unknown contact type '{type}'");

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Text(YamlMappingNode node, string key) =>
        Child(node, key) is YamlScalarNode { Value: { } value } && value is not ("null" or "~" or "") ? value : null;

    private static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
