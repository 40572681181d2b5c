namespace Graph.Export.Internal;

/// <summary>A property column of a neo4j-admin CSV file: string, or string[] when any row holds a list.</summary>
internal sealed record CsvColumn(string Name, bool IsArray)
{
    public string Header => IsArray ? $"{Name}:string[]" : $"{Name}:string";
}
