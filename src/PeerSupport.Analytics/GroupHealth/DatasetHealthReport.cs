namespace PeerSupport.Analytics.GroupHealth;

/// <summary>Group health of every group of a dataset and of all groups pooled, as of a date. Immutable and thread-safe.</summary>
public sealed record DatasetHealthReport
{
    internal DatasetHealthReport(DateOnly asOf, GroupHealthReport overall, IReadOnlyList<GroupHealthReport> groups)
    {
        AsOf = asOf;
        Overall = overall;
        Groups = groups;
    }

    /// <summary>Gets the as-of date (inclusive).</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets the report over all groups pooled (the dataset's index).</summary>
    public GroupHealthReport Overall { get; }

    /// <summary>Gets one report per group, in dataset order.</summary>
    public IReadOnlyList<GroupHealthReport> Groups { get; }
}
