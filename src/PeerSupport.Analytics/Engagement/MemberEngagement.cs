using PeerSupport.Domain;

namespace PeerSupport.Analytics.Engagement;

/// <summary>
/// One member's engagement as of a date (member-level: it names the member, so it belongs in operational views, not in
/// published reports). Produced by <see cref="EngagementAnalyzer"/>. Immutable and thread-safe.
/// </summary>
public sealed record MemberEngagement
{
    internal MemberEngagement()
    {
    }

    /// <summary>Gets the member.</summary>
    public MemberId MemberId { get; internal init; }

    /// <summary>Gets the member's group.</summary>
    public GroupId GroupId { get; internal init; }

    /// <summary>Gets a value indicating whether the membership includes the as-of date.</summary>
    public bool IsActive { get; internal init; }

    /// <summary>Gets the sessions the member was expected at: sessions of the group inside the membership up to the as-of date, excused ones excluded; ≥ 0.</summary>
    public int SessionsExpected { get; internal init; }

    /// <summary>Gets the sessions attended (present or late); in [0, <see cref="SessionsExpected"/>].</summary>
    public int SessionsAttended { get; internal init; }

    /// <summary>Gets the excused sessions; ≥ 0.</summary>
    public int SessionsExcused { get; internal init; }

    /// <summary>Gets the attendance rate attended / expected, in [0, 1]; undefined when no session was expected yet.</summary>
    public Statistic AttendanceRate { get; internal init; }

    /// <summary>Gets the current attendance streak: consecutive attended sessions counting back from the latest one (excused sessions neither count nor break it); ≥ 0.</summary>
    public int CurrentAttendanceStreak { get; internal init; }

    /// <summary>Gets the current absence streak: consecutive missed sessions counting back from the latest one (excused sessions skipped); ≥ 0. At most one of the two streaks is positive.</summary>
    public int CurrentAbsenceStreak { get; internal init; }

    /// <summary>Gets the date of the last attended session, or <see langword="null"/> when the member has not attended.</summary>
    public DateOnly? LastAttendedOn { get; internal init; }

    /// <summary>Gets the days from the last attended session to the as-of date, or <see langword="null"/> when the member has not attended; ≥ 0.</summary>
    public int? DaysSinceLastAttended { get; internal init; }

    /// <summary>Gets the member's recorded speaking minutes in attended sessions; ≥ 0.</summary>
    public double SpeakingMinutes { get; internal init; }

    /// <summary>
    /// Gets the participation share: the member's speaking minutes over all recorded speaking minutes in the sessions the
    /// member attended, in [0, 1]; undefined when no speaking time was recorded there.
    /// </summary>
    public Statistic ParticipationShare { get; internal init; }

    /// <summary>
    /// Gets the participation ratio: the member's speaking minutes over an equal split of each attended session's recorded
    /// minutes among the attendees with recorded minutes (1 = an equal share, 2 = twice it); ≥ 0; undefined as <see cref="ParticipationShare"/>.
    /// </summary>
    public Statistic ParticipationRatio { get; internal init; }

    /// <summary>Gets the recency component max(0, 1 − days since last attended / horizon), in [0, 1]; 0 when the member has not attended.</summary>
    public double Recency { get; internal init; }

    /// <summary>Gets the streak component min(1, current attendance streak / streak target), in [0, 1].</summary>
    public double Streak { get; internal init; }

    /// <summary>Gets the participation component min(1, participation ratio), in [0, 1]; undefined when the ratio is.</summary>
    public Statistic Participation { get; internal init; }

    /// <summary>
    /// Gets the engagement score 100 × Σ wᵢcᵢ / Σ wᵢ over the defined components (attendance rate, recency, streak,
    /// participation), in [0, 100]; undefined when the attendance rate is.
    /// </summary>
    public Statistic Score { get; internal init; }
}
