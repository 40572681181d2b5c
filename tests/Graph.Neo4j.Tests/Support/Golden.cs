using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graph.Tests.Support;

/// <summary>
/// Compares a transcript with a checked-in file under golden/. Set UPDATE_GOLDEN=1 to rewrite the
/// files after an intended change, then review the diff.
/// </summary>
internal static class Golden
{
    public static string Folder([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(source))!, "golden");

    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(Folder(), name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    /// <summary>Requests as a reviewable text: method, path, affinity, then the body indented.</summary>
    public static string Transcript(IEnumerable<RecordedRequest> requests)
    {
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var text = new StringBuilder();
        var number = 0;
        foreach (var request in requests)
        {
            text.Append("### ").Append(++number).Append(' ').Append(request.Method).Append(' ').Append(request.Path);
            if (request.Affinity is not null)
            {
                text.Append("  [neo4j-cluster-affinity: ").Append(request.Affinity).Append(']');
            }

            text.Append('\n');
            if (request.Json is { } json)
            {
                // The statement as Cypher, its parameters as indented JSON: both diff well.
                foreach (var field in json.EnumerateObject())
                {
                    var value = field.Name == "statement"
                        ? field.Value.GetString()
                        : JsonSerializer.Serialize(field.Value, options).Replace("\r\n", "\n", StringComparison.Ordinal);
                    text.Append(field.Name).Append(": ").Append(value).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}
