namespace Graph.Tests.Mappings;

/// <summary>A temporary copy of <see cref="GoodMappings"/> that a test can edit file by file.</summary>
internal sealed class TempMappings : IDisposable
{
    public TempMappings()
    {
        Directory.CreateDirectory(Path);
        foreach (var (name, text) in GoodMappings.Files)
        {
            Write(name, text);
        }
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graph-mappings-" + Guid.NewGuid().ToString("N"));

    public void Write(string name, string text) => File.WriteAllText(System.IO.Path.Combine(Path, name), text);

    public void Delete(string name) => File.Delete(System.IO.Path.Combine(Path, name));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
