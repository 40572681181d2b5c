using Graph.Gazetteer;
using Graph.Text;

namespace Graph.Tests.Gazetteer;

/// <summary>Runs a gazetteer over raw text (normalised as articles are) and finds a mention by what it means.</summary>
internal static class GazetteerProbe
{
    public static Found Find(string text, Language language) => Find(Support.TestExtractor.Compiled.Gazetteer, text, language);

    public static Found Find(PhraseGazetteer gazetteer, string text, Language language)
    {
        var normalized = TextNormalizer.Normalize(text).Text;
        return new Found(normalized, gazetteer.Find(normalized, language).Mentions);
    }

    public static string Normalized(string raw) => TextNormalizer.Normalize(raw).Text;

    /// <summary>The normalised text and the mentions found in it.</summary>
    internal sealed record Found(string Text, IReadOnlyList<Mention> Mentions)
    {
        /// <summary>The words the single mention carrying <paramref name="kind"/> (and <paramref name="id"/>) covers.</summary>
        public string Words(EntryKind kind, string? id = null)
        {
            var mention = Assert.Single(Mentions, m => m.Entries.Any(e => e.Kind == kind && (id is null || e.Id == id)));
            return Text[mention.Start..mention.End];
        }

        public Entry Entry(EntryKind kind, string? id = null) =>
            Assert.Single(Mentions.SelectMany(m => m.Entries), e => e.Kind == kind && (id is null || e.Id == id));

        public bool Has(EntryKind kind, string? id = null) =>
            Mentions.Any(m => m.Entries.Any(e => e.Kind == kind && (id is null || e.Id == id)));
    }
}
