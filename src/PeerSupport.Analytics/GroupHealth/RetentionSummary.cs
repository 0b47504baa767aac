using PeerSupport.Analytics.Privacy;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>
/// Retention as a Kaplan–Meier curve of dropout: the event is leaving with reason dropped out; other leaving reasons and
/// members still in the group at the as-of date are censored. Time is days since joining. Immutable and thread-safe.
/// </summary>
public sealed record RetentionSummary
{
    internal RetentionSummary()
    {
    }

    /// <summary>Gets the horizon in days the index reads the curve at.</summary>
    public int HorizonDays { get; internal init; }

    /// <summary>Gets the number of members followed, as a cell.</summary>
    public ReportCell Members { get; internal init; }

    /// <summary>Gets the number of dropouts, as a cell.</summary>
    public ReportCell Dropouts { get; internal init; }

    /// <summary>Gets the probability of not having dropped out by the horizon, in [0, 1], as a cell describing the members followed.</summary>
    public ReportCell RetainedAtHorizon { get; internal init; }

    /// <summary>Gets the longest follow-up in days; 0 when no member is followed.</summary>
    public int LongestFollowUpDays { get; internal init; }

    /// <summary>Gets the curve at the dropout days while at least k members are at risk; empty when suppressed.</summary>
    public IReadOnlyList<RetentionPoint> Curve { get; internal init; } = [];

    /// <summary>Gets the dropouts on or before the horizon (never shown; disclosure control reads it).</summary>
    internal int DropoutsByHorizon { get; init; }

    /// <summary>Gets a value indicating whether later steps were left out because fewer than k members were at risk.</summary>
    public bool IsCurveTruncated { get; internal init; }
}
