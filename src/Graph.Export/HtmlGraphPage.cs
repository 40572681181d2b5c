using System.Reflection;
using System.Text;
using Graph.Export.Internal;
using Graph.Mappings;

using Graph.Facts;

namespace Graph.Export;

/// <summary>
/// graph.html: one self-contained page that draws the contact graph with the graph library inlined
/// (nothing is fetched when it opens), filters it by contact type, country, official and dates, shows
/// a timeline and, for a clicked contact, its date, status, evidence and reporting articles. The data
/// travels in a <c>&lt;script type="application/json"&gt;</c> element that the page parses.
/// </summary>
public static class HtmlGraphPage
{
    private const string LibraryMarker = "/*@GRAPH_LIBRARY@*/";
    private const string DataMarker = "/*@GRAPH_DATA@*/";

    private static readonly Lazy<string> Template = new(() => Resource("Graph.Export.graph-view.html"));

    // A script element ends at the first "</script", even inside a JavaScript string; "<\/script" means the same to JavaScript.
    private static readonly Lazy<string> Library = new(() =>
        Resource("Graph.Export.graph-library.js").Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase));

    public static void Write(GraphSnapshot snapshot, GraphMapping mapping, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        File.WriteAllText(path, Render(snapshot, mapping), new UTF8Encoding(false));
    }

    public static string Render(GraphSnapshot snapshot, GraphMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(mapping);
        var template = Template.Value;
        var library = template.IndexOf(LibraryMarker, StringComparison.Ordinal);
        var data = template.IndexOf(DataMarker, StringComparison.Ordinal);

        // Filled in one pass, so that a sentence that happens to spell a marker is never replaced.
        return new StringBuilder(template.Length + Library.Value.Length)
            .Append(template, 0, library)
            .Append(Library.Value)
            .Append(template, library + LibraryMarker.Length, data - library - LibraryMarker.Length)
            .Append(ViewData.Json(snapshot, new GraphNames(mapping)))
            .Append(template, data + DataMarker.Length, template.Length - data - DataMarker.Length)
            .ToString();
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the resource {name} is missing from {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
