using Graph.Mappings;

namespace Graph.Tests.Mappings;

/// <summary>Writes one broken file over the good directory and checks the one error it must cause.</summary>
internal static class MappingAssert
{
    public static MappingError SingleError(string file, string text, string snippet, params string[] mentions) =>
        SingleError(file, text, TextPosition.Of(text, snippet), mentions);

    public static MappingError SingleError(string file, string text, string snippet, int occurrence, params string[] mentions) =>
        SingleError(file, text, TextPosition.Of(text, snippet, occurrence), mentions);

    public static MappingError SingleError(string file, string text, (int Line, int Column) at, params string[] mentions)
    {
        using var mappings = new TempMappings();
        mappings.Write(file, text);

        var errors = MappingLoader.Validate(mappings.Path);

        var error = Assert.Single(errors);
        Assert.Equal(file, Path.GetFileName(error.Mark.File));
        Assert.Equal(at, (error.Mark.Line, error.Mark.Column));
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, error.Message, StringComparison.Ordinal);
        }

        return error;
    }

    public static void NoErrors(string file, string text)
    {
        using var mappings = new TempMappings();
        mappings.Write(file, text);

        Assert.Empty(MappingLoader.Validate(mappings.Path));
    }
}
