using Graph.Facts;
using Graph.Mappings;
using Graph.Tests.Support;

namespace Graph.Tests.Rules;

/// <summary>Runs the whole extractor over a short article and reads its contacts.</summary>
internal static class Article
{
    public static IReadOnlyList<Contact> Contacts(string text) => TestExtractor.ExtractText(text).Contacts;

    /// <summary>The only contact of a type the article yields.</summary>
    public static Contact Single(string text, ContactType type) => Assert.Single(Contacts(text), c => c.Type == type);

    /// <summary>The participants' ids in alphabetical order, joined with "+".</summary>
    public static string People(Contact contact) =>
        string.Join('+', contact.Participants.Select(p => p.Id).Order(StringComparer.Ordinal));
}
