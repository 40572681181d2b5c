#:project ../../src/Graph.Export/Graph.Export.csproj
#:property PublishAot=false
// Writes a graph.html for looking at the page (docs/graph-view.png is a screenshot of it):
//   dotnet run tools/graph-view/sample-page.cs -- OUT.html samples          extract the articles in a folder
//   dotnet run tools/graph-view/sample-page.cs -- OUT.html --synthetic 2000  that many made-up contacts
// Run from the repository root (the mappings are read from ./mappings).
using Graph.Articles;
using Graph.Export;
using Graph.Extraction;
using Graph.Facts;
using Graph.Mappings;
using Graph.Text;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: sample-page.cs OUT.html (FOLDER | --synthetic COUNT)");
    return 2;
}

var set = MappingLoader.LoadDirectory("mappings", TextNormalizer.NormalizePhrase);
var facts = args[1] == "--synthetic" ? Synthetic(int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)) : Extracted(args[1]);
HtmlGraphPage.Write(GraphSnapshot.Of(facts), set.Graph, args[0]);
Console.WriteLine($"{args[0]}: {facts.Count} articles");
return 0;

List<GraphFacts> Extracted(string folder)
{
    var extractor = new Extractor(CompiledMappings.Compile(set), DateOnly.FromDateTime(DateTime.UtcNow));
    return [.. Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
        .Select(path => FactBuilder.Build(extractor.Extract(new RawArticle(path, File.ReadAllBytes(path))), set))];
}

// Made-up officials of six countries and contacts between them, one article each, to see the page at scale.
List<GraphFacts> Synthetic(int count)
{
    var random = new Random(7);
    string[] countries = ["RUS", "USA", "IRN", "TUR", "CHN", "IND"];
    ContactType[] types = [ContactType.Call, ContactType.Meeting, ContactType.Visit, ContactType.Invitation];
    var officials = Enumerable.Range(0, 120).Select(i => new Participant($"official-{i}", $"Official {i}", countries[i % countries.Length])).ToList();
    var list = new List<GraphFacts>();
    for (var i = 0; i < count; i++)
    {
        var a = officials[random.Next(officials.Count)];
        var b = officials[random.Next(officials.Count)];
        var type = types[random.Next(types.Length)];
        if (a.Id == b.Id || (type == ContactType.Visit && a.Country == b.Country))
        {
            continue;
        }

        var date = new DateOnly(2012, 1, 1).AddDays(random.Next(5000));
        var contact = new Contact(type, type == ContactType.Visit ? [a] : [a, b], type == ContactType.Invitation ? a.Id : null,
            type == ContactType.Visit ? b.Country : null, null, date, Graph.Dates.DatePrecision.Day,
            random.Next(8) == 0 ? ContactStatus.Planned : ContactStatus.Happened, $"Made-up contact number {i}.");
        var article = new ArticleInfo($"synthetic-{i}", $"https://example.org/synthetic/{i}", "en", date, $"sha-{i}");
        list.Add(FactBuilder.Build(new ArticleExtraction(article, [contact], [], [], [], false), set));
    }

    return list;
}
