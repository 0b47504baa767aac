using PeerSupport.Analytics.Cohorts;
using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Analytics.Privacy;

namespace PeerSupport.Cli.Reports;

/// <summary>Everything the group-health report shows, computed once and rendered in any format. No member ids.</summary>
/// <param name="AsOf">The report date.</param>
/// <param name="MinimumCellSize">k: cells describing fewer members are suppressed.</param>
/// <param name="Title">The dataset's title, or <see langword="null"/>.</param>
/// <param name="Source">The dataset's source note, or <see langword="null"/>.</param>
/// <param name="GroupCount">The number of groups.</param>
/// <param name="MemberCount">The members who had joined by the as-of date, as a published cell.</param>
/// <param name="Health">Group health of every group and overall.</param>
/// <param name="Cohorts">The comparison of facilitation models.</param>
/// <param name="RetentionByModel">Retention curves per facilitation model.</param>
/// <param name="AttendanceByGroup">Attendance per session for each group.</param>
/// <param name="SecondarySuppressions">How many counts were hidden only to protect others.</param>
/// <param name="SuppressionReason">The one reason every hidden figure carries.</param>
internal sealed record HealthReport(
    DateOnly AsOf,
    int MinimumCellSize,
    string? Title,
    string? Source,
    int GroupCount,
    ReportCell MemberCount,
    DatasetHealthReport Health,
    FacilitationModelComparison Cohorts,
    IReadOnlyList<ModelRetention> RetentionByModel,
    IReadOnlyList<GroupAttendance> AttendanceByGroup,
    int SecondarySuppressions,
    string SuppressionReason);
