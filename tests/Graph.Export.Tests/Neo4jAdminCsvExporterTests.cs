using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Graph.Export;
using Graph.Facts;
using Graph.Tests.Facts;
using Graph.Tests.Support;

namespace Graph.Tests;

public sealed class Neo4jAdminCsvExporterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graph-export-csv-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_Officials_HeaderHasIdSpaceLabelAndTypedColumns()
    {
        Write(ExportSamples.Articles);

        var rows = Read("nodes_Official.csv");
        Assert.Equal(["id:ID(Official)", ":LABEL", "country:string", "name:string", "names_ar:string[]", "names_en:string[]", "names_fa:string[]", "names_ru:string[]"], rows[0]);
        var lavrov = Assert.Single(rows, row => row[0] == SampleFacts.Lavrov);
        Assert.Equal("Official", lavrov[1]);
        Assert.Equal("Сергей Лавров", lavrov[Array.IndexOf(rows[0], "names_ru:string[]")]);
    }

    [Fact]
    public void Write_Visits_HeaderHasStartAndEndIdSpacesTypeAndLists()
    {
        Write(ExportSamples.Articles);

        var rows = Read("relationships_VISITED_Official_Country.csv");
        Assert.Equal([":START_ID(Official)", ":END_ID(Country)", ":TYPE", "key", "city:string", "date:string", "datePrecision:string", "status:string",
            "articles:string[]", "evidence:string[]"], rows[0]);
        var visit = Assert.Single(rows, row => row[1] == "IRN");
        Assert.Equal([SampleFacts.Lavrov, "IRN", "VISITED"], visit[..3]);
        Assert.Equal("", visit[4]);
        Assert.Equal("2022-06-23", visit[5]);
    }

    [Fact]
    public void Write_CallInTwoArticles_ListsJoinedWithSemicolon()
    {
        Write(ExportSamples.Build(SampleFacts.Sample));

        var rows = Read("relationships_CALLED_Official_Official.csv");
        var call = rows[1];
        Assert.Equal("ru-call;ar-call", call[Array.IndexOf(rows[0], "articles:string[]")]);
        Assert.Equal(2, call[Array.IndexOf(rows[0], "evidence:string[]")].Split(';').Length);
    }

    [Fact]
    public void Write_MentionsOfOfficialsAndCountries_OneFilePerPairOfLabels()
    {
        var files = Write(ExportSamples.Articles).Select(Path.GetFileName).ToList();

        Assert.Contains("relationships_MENTIONS_Article_Official.csv", files);
        Assert.Contains("relationships_MENTIONS_Article_Country.csv", files);
        Assert.Equal([":START_ID(Article)", ":END_ID(Country)", ":TYPE", "key", "articles:string[]"], Read("relationships_MENTIONS_Article_Country.csv")[0]);
    }

    [Fact]
    public void Write_EvidenceWithQuoteCommaNewlineAndPersian_IsQuotedAndReadsBack()
    {
        const string evidence = "Zarif said, \"the talks in Moscow were useful,\"\nظریف و لاوروف در مسکو گفتگو کردند.";
        Write([ExportSamples.CallWithEvidence(evidence)]);

        var text = File.ReadAllText(Path.Combine(_folder, "relationships_CALLED_Official_Official.csv"));
        Assert.Contains("\"Zarif said, \"\"the talks in Moscow were useful,\"\"\nظریف", text, StringComparison.Ordinal);
        var rows = Read("relationships_CALLED_Official_Official.csv");
        Assert.Equal(2, rows.Count);
        Assert.Equal(evidence, rows[1][Array.IndexOf(rows[0], "evidence:string[]")]);
    }

    [Fact]
    public void Write_ListItemWithSemicolon_UsesUnitSeparatorAndSaysSoInScript()
    {
        const string evidence = "Blinken and Lavrov spoke by phone on 29 July 2022; it was their first call since February.";
        Write([ExportSamples.CallWithEvidence(evidence)]);

        var rows = Read("relationships_CALLED_Official_Official.csv");
        Assert.Equal(evidence, rows[1][Array.IndexOf(rows[0], "evidence:string[]")]);
        Assert.Contains("--array-delimiter=U+001F", File.ReadAllText(Path.Combine(_folder, Neo4jAdminCsvExporter.ScriptFile)), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ImportScript_IsTheFullImportCommandForEveryFile()
    {
        var files = Write(ExportSamples.Articles);

        var script = File.ReadAllText(Path.Combine(_folder, Neo4jAdminCsvExporter.ScriptFile));
        Assert.Contains("neo4j-admin\" database import full \"${1:-neo4j}\" \\\n", script, StringComparison.Ordinal);
        Assert.Contains("--multiline-fields=true", script, StringComparison.Ordinal);
        Assert.Contains("--array-delimiter=';'", script, StringComparison.Ordinal);
        Assert.Contains("--nodes=nodes_Country.csv \\\n", script, StringComparison.Ordinal);
        Assert.Contains("--relationships=relationships_INVITED_Official_Official.csv", script, StringComparison.Ordinal);
        Assert.Equal(files.Count - 1, script.Split("\n  --nodes=").Length - 1 + script.Split("\n  --relationships=").Length - 1);
    }

    [Fact]
    public void Write_FolderWithOldCsvFile_RemovesIt()
    {
        Directory.CreateDirectory(_folder);
        var stale = Path.Combine(_folder, "relationships_GONE_Official_Official.csv");
        File.WriteAllText(stale, ":START_ID(Official)\n");

        Write(ExportSamples.Articles);

        Assert.False(File.Exists(stale));
    }

    private IReadOnlyList<string> Write(IReadOnlyList<GraphFacts> articles) =>
        Neo4jAdminCsvExporter.Write(GraphSnapshot.Of(articles), ExportSamples.Mapping, _folder);

    private List<string[]> Read(string name)
    {
        using var reader = new StreamReader(Path.Combine(_folder, name));
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add(parser.Record ?? []);
        }

        return rows;
    }
}
