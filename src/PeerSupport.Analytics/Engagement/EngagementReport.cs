namespace PeerSupport.Analytics.Engagement;

/// <summary>The engagement of every member who had joined by the as-of date. Immutable and thread-safe.</summary>
public sealed record EngagementReport
{
    internal EngagementReport(DateOnly asOf, IReadOnlyList<MemberEngagement> members)
    {
        AsOf = asOf;
        Members = members;
    }

    /// <summary>Gets the as-of date (inclusive): nothing dated later was read.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets one entry per member who joined on or before <see cref="AsOf"/>, in dataset member order.</summary>
    public IReadOnlyList<MemberEngagement> Members { get; }
}
