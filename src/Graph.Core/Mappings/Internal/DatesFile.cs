namespace Graph.Mappings.Internal;

/// <summary>Reads dates.yaml; the month and weekday lists must be complete because their order is their meaning.</summary>
internal static class DatesFile
{
    public const string Name = "dates.yaml";

    public static readonly string[] RootKeys =
    [
        "gregorian_months", "solar_hijri_months", "weekdays", "relative_days", "fillers", "gregorian_era", "solar_hijri_era",
        "day_ordinals",
    ];

    private static readonly string[] RelativeDayKeys = ["name", "offset", "phrases"];

    public static DateVocabulary Read(MapReader root) => new(
        ReadOrdered(root, "gregorian_months", 12, "January first"),
        ReadOrdered(root, "solar_hijri_months", 12, "Farvardin first"),
        ReadOrdered(root, "weekdays", 7, "Sunday first"),
        ReadRelativeDays(root),
        root.Phrases("fillers"),
        root.Phrases("gregorian_era"),
        root.Phrases("solar_hijri_era"),
        ReadDayOrdinals(root));

    private static List<PhraseSet> ReadDayOrdinals(MapReader root)
    {
        if (root.List("day_ordinals", required: false) is not { } list)
        {
            return [];
        }
        if (list.Items.Count > 31)
        {
            list.Error($"day_ordinals has {list.Items.Count} entries; a month has at most 31 days", "one phrase map per day, the first day first");
        }
        return [.. list.Items.Select((item, index) => PhraseReader.Read(item, root.Context, $"entry {index + 1} of day_ordinals"))];
    }

    private static List<PhraseSet> ReadOrdered(MapReader root, string key, int count, string order)
    {
        if (root.List(key) is not { } list)
        {
            return [];
        }

        if (list.Items.Count != count)
        {
            list.Error($"{key} has {list.Items.Count} entries; it needs exactly {count}", $"one phrase map per entry, {order}");
        }

        return [.. list.Items.Select((item, index) => PhraseReader.Read(item, root.Context, $"entry {index + 1} of {key}"))];
    }

    private static List<RelativeDay> ReadRelativeDays(MapReader root)
    {
        var names = new UniqueNames("relative day name");
        var days = new List<RelativeDay>();
        foreach (var item in root.List("relative_days", required: false)?.Items ?? [])
        {
            if (MapReader.From(item, root.Context, "a relative day", RelativeDayKeys) is not { } day)
            {
                continue;
            }

            var nameScalar = day.Scalar("name");
            var name = nameScalar?.NonEmpty();
            if (nameScalar is not null && name is not null)
            {
                names.Claim(name, nameScalar);
                day.Description = $"relative day {name}";
            }

            var offset = day.Scalar("offset")?.Integer();
            days.Add(new RelativeDay(name ?? "", offset ?? 0, day.Phrases("phrases", required: true)));
        }

        return days;
    }
}
