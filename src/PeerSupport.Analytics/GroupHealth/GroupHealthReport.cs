using PeerSupport.Domain;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>
/// Health of one group, or of all groups pooled, as of a date: the metrics and the Group Health Index. Cohort level: no
/// member ids; cells describing fewer than k members are suppressed. Immutable and thread-safe.
/// </summary>
public sealed record GroupHealthReport
{
    internal GroupHealthReport()
    {
    }

    /// <summary>Gets the group, or <see langword="null"/> for all groups of the dataset pooled.</summary>
    public GroupId? GroupId { get; internal init; }

    /// <summary>Gets the group's facilitation model, or <see langword="null"/> for the pooled report.</summary>
    public FacilitationModel? FacilitationModel { get; internal init; }

    /// <summary>Gets the number of groups covered; ≥ 1 except for an empty dataset.</summary>
    public int GroupCount { get; internal init; }

    /// <summary>Gets the as-of date (inclusive).</summary>
    public DateOnly AsOf { get; internal init; }

    /// <summary>Gets k, the small-cell threshold applied.</summary>
    public int MinimumCellSize { get; internal init; }

    /// <summary>Gets the members whose membership includes the as-of date, as a count cell.</summary>
    public Privacy.ReportCell ActiveMembers { get; internal init; }

    /// <summary>Gets attendance.</summary>
    public AttendanceSummary Attendance { get; internal init; } = null!;

    /// <summary>Gets retention.</summary>
    public RetentionSummary Retention { get; internal init; } = null!;

    /// <summary>Gets participation equity.</summary>
    public EquitySummary Equity { get; internal init; } = null!;

    /// <summary>Gets safety (incidents).</summary>
    public SafetySummary Safety { get; internal init; } = null!;

    /// <summary>Gets facilitation-policy compliance.</summary>
    public ComplianceSummary Facilitation { get; internal init; } = null!;

    /// <summary>Gets outcomes.</summary>
    public OutcomeSummary Outcomes { get; internal init; } = null!;

    /// <summary>Gets referral follow-through.</summary>
    public ReferralSummary Referrals { get; internal init; } = null!;

    /// <summary>Gets the members' data the index interval resamples (never serialized).</summary>
    internal GroupHealthAnalyzer.MemberSample[] Samples { get; init; } = [];

    /// <summary>Gets the key the bootstrap is seeded from (the group id, or "all").</summary>
    internal string SampleKey { get; init; } = string.Empty;

    /// <summary>Gets the Group Health Index.</summary>
    public GroupHealthIndex Index { get; internal init; } = null!;
}
