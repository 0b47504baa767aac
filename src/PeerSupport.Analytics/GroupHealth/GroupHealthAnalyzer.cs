using PeerSupport.Analytics.Change;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Datasets;
using PeerSupport.Domain;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>
/// Computes group-health metrics and the Group Health Index of a dataset as of an explicit date, per group and for all
/// groups pooled. Each pass reads every attendance row, assessment, incident and referral once (linear in the dataset),
/// apart from the Mann–Kendall trend, which is quadratic in the number of weeks. Immutable and thread-safe.
/// </summary>
public sealed partial class GroupHealthAnalyzer
{
    private readonly GroupHealthOptions _options;
    private readonly SmallCellPolicy _cells;
    private readonly JacobsonTruax _jacobsonTruax;

    /// <summary>Initializes a new analyzer.</summary>
    /// <param name="options">Weights, targets, minimums and k. The default value is <see cref="GroupHealthOptions"/> with its defaults. The options are validated and copied.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a setting is outside its documented range, or every weight is 0.</exception>
    /// <exception cref="ArgumentNullException">Thrown when a reference setting is null.</exception>
    public GroupHealthAnalyzer(GroupHealthOptions? options = null)
    {
        options ??= new GroupHealthOptions();
        options.Validate();
        _options = options.Copy();
        _cells = new SmallCellPolicy(_options.MinimumCellSize);
        _jacobsonTruax = new JacobsonTruax(_options.OutcomeParameters);
    }

    /// <summary>Computes the report of every group and of all groups pooled.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="asOf">The as-of date (inclusive); nothing dated later is read.</param>
    /// <returns>The reports.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="dataset"/> is null.</exception>
    public DatasetHealthReport Analyze(PeerSupportDataset dataset, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var groups = new List<GroupHealthReport>(dataset.GroupHistories.Length);
        foreach (var group in dataset.GroupHistories)
        {
            groups.Add(Compute(dataset, [group], asOf, pooled: false));
        }

        return new DatasetHealthReport(asOf, Compute(dataset, dataset.GroupHistories, asOf, pooled: true), groups);
    }

    /// <summary>Computes the report of one group.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="group">The group.</param>
    /// <param name="asOf">The as-of date (inclusive); nothing dated later is read.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the group is not in the dataset.</exception>
    public GroupHealthReport AnalyzeGroup(PeerSupportDataset dataset, GroupId group, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (!dataset.TryGetGroup(group, out var history))
        {
            throw new ArgumentException($"Group {group} is not in the dataset.", nameof(group));
        }

        return Compute(dataset, [history], asOf, pooled: false);
    }

    private GroupHealthReport Compute(PeerSupportDataset dataset, IReadOnlyList<GroupHistory> groups, DateOnly asOf, bool pooled)
    {
        var members = new List<MemberHistory>();
        foreach (var group in groups)
        {
            foreach (var member in group.Members)
            {
                if (member.JoinedOn <= asOf)
                {
                    members.Add(dataset.GetMember(member.Id));
                }
            }
        }

        var attendance = ComputeAttendance(members, asOf, out var attendedPerMember, out var attendedMemberSessions, out var attendingMembers);
        var retention = ComputeRetention(members, asOf);
        var equity = ComputeEquity(groups, asOf);
        var safety = ComputeSafety(groups, asOf, attendedMemberSessions, attendingMembers);
        var compliance = ComputeCompliance(groups, asOf);
        var outcomes = ComputeOutcomes(members, asOf, attendedPerMember, out var outcomePairs, out var netImprovement);
        var referrals = ComputeReferrals(members, asOf, out var referralsMade);

        var samples = CollectSamples(members, asOf);
        var key = pooled ? "all" : groups[0].Group.Id.Value;
        var components = new List<Measured>
        {
            Measure(HealthComponentKind.Attendance, attendance.Rate, attendance.Weeks >= _options.MinimumSessions, $"only {attendance.Weeks} week(s) with sessions, fewer than the minimum of {_options.MinimumSessions}"),
            Measure(HealthComponentKind.Retention, retention.RetainedAtHorizon, RetentionSufficient(retention, out var retentionReason), retentionReason),
            Measure(HealthComponentKind.ParticipationEquity, equity.Equity, equity.SessionsMeasured >= _options.MinimumSessions, $"only {equity.SessionsMeasured} session(s) with recorded speaking time for 2 or more attendees, fewer than the minimum of {_options.MinimumSessions}"),
            Measure(HealthComponentKind.Safety, safety.RatePer100MemberSessions, attendedMemberSessions >= _options.MinimumMemberSessions, $"only {attendedMemberSessions} attended member-session(s), fewer than the minimum of {_options.MinimumMemberSessions}"),
            new Measured(HealthComponentKind.Facilitation, compliance.Compliance, compliance.SessionsChecked >= 1 ? null : "no session was held by the as-of date", false),
            Measure(HealthComponentKind.Outcomes, ReportCellFor(netImprovement, outcomePairs), outcomePairs >= _options.MinimumOutcomePairs, $"only {outcomePairs} member(s) with a PHQ-9 before and after, fewer than the minimum of {_options.MinimumOutcomePairs}"),
            Measure(HealthComponentKind.ReferralFollowThrough, referrals.FollowThrough, referralsMade >= _options.MinimumReferrals, $"only {referralsMade} referral(s) made, fewer than the minimum of {_options.MinimumReferrals}"),
        };

        return new GroupHealthReport
        {
            GroupId = pooled ? null : groups[0].Group.Id,
            FacilitationModel = pooled ? null : groups[0].Group.FacilitationModel,
            GroupCount = groups.Count,
            AsOf = asOf,
            MinimumCellSize = _cells.MinimumCellSize,
            ActiveMembers = _cells.Count(members.Count(m => m.Member.IsMemberOn(asOf))),
            Attendance = attendance,
            Retention = retention,
            Equity = equity,
            Safety = safety,
            Facilitation = compliance,
            Outcomes = outcomes,
            Referrals = referrals,
            Index = BuildIndex(components, members.Count, samples, key),
            Samples = samples,
            SampleKey = key,
        };
    }

    private ReportCell ReportCellFor(Statistic value, int members) => _cells.Cell(value, members);

    private bool RetentionSufficient(RetentionSummary retention, out string reason)
    {
        var followed = retention.Members.MemberCount ?? 0;
        if (!retention.Members.IsSuppressed && followed < _options.MinimumRetentionMembers)
        {
            reason = $"only {followed} member(s) followed, fewer than the minimum of {_options.MinimumRetentionMembers}";
            return false;
        }

        if (retention.LongestFollowUpDays < _options.RetentionHorizonDays)
        {
            reason = $"no member has been followed for the {_options.RetentionHorizonDays}-day horizon yet (longest {retention.LongestFollowUpDays} days)";
            return false;
        }

        reason = string.Empty;
        return true;
    }

    private static Measured Measure(HealthComponentKind kind, ReportCell cell, bool enoughData, string insufficientReason)
    {
        if (cell.IsSuppressed)
        {
            return new Measured(kind, cell.Value, null, true);
        }

        if (!enoughData)
        {
            return new Measured(kind, cell.Value, insufficientReason, false);
        }

        return cell.Value.IsDefined
            ? new Measured(kind, cell.Value, null, false)
            : new Measured(kind, cell.Value, cell.Value.UndefinedReason, false);
    }

    /// <summary>A component's measured value before scoring: insufficient when <see cref="InsufficientReason"/> is set.</summary>
    private readonly record struct Measured(HealthComponentKind Kind, Statistic Value, string? InsufficientReason, bool IsSuppressed);
}
