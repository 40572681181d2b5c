using Graph.Text;

namespace Graph.Mappings.Internal;

/// <summary>A phrase with the place it was written, for checks that must point at one phrase.</summary>
internal sealed record MarkedPhrase(Language Language, string Text, SourceMark Mark);
