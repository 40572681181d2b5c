namespace Graph.Evaluation;

/// <summary>What an article should yield, from a gold YAML file (the format of the seeds' gold folder).</summary>
public sealed record GoldArticle(string Id, string Lang, DateOnly? Published, IReadOnlyList<GoldContact> Contacts);
