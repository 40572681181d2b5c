namespace Graph.Mappings;

/// <summary>sources.yaml: the generic rules and the per-site rules.</summary>
public sealed record SourceMapping(SiteRules Generic, IReadOnlyList<SiteRules> Sites);
