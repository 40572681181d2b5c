using Graph.Mappings;

namespace Graph.Evaluation;

/// <summary>
/// Counts for one article (or a sum): true/false positives and misses over required contacts,
/// matched contacts whose gold has a date and how many of those dates are right, and the same for
/// initiators. Contacts matching an optional gold contact count for nothing.
/// </summary>
public sealed record ContactScore(int TruePositives, int FalsePositives, int FalseNegatives, int DatedMatches, int DatesRight,
    int InitiatorMatches, int InitiatorsRight)
{
    public static ContactScore Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double DateAccuracy => DatedMatches == 0 ? 1 : (double)DatesRight / DatedMatches;

    public static ContactScore operator +(ContactScore a, ContactScore b) => new(
        a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives,
        a.DatedMatches + b.DatedMatches, a.DatesRight + b.DatesRight, a.InitiatorMatches + b.InitiatorMatches, a.InitiatorsRight + b.InitiatorsRight);

    public static ContactScore Add(ContactScore a, ContactScore b) => a + b;
}
