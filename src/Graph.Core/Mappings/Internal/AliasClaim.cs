namespace Graph.Mappings.Internal;

/// <summary>A phrase that names <see cref="Owner"/> ("official sergei-shoigu", "country RUS"), and where it was written.</summary>
internal sealed record AliasClaim(string Phrase, string Owner, SourceMark Mark);
