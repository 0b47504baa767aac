using System.Collections.Frozen;
using System.Collections.Immutable;
using PeerSupport.Domain;
using PeerSupport.Instruments;

namespace PeerSupport.Datasets;

/// <summary>
/// An immutable, validated, in-memory dataset (docs/dataset-format.md) with per-member and per-group histories
/// indexed once at build time. Create one with <see cref="DatasetBuilder"/>, a CSV reader or the JSON
/// serializer; every path validates referential integrity and membership periods and returns either a
/// whole dataset or every problem found.
/// </summary>
/// <remarks>Immutable and thread-safe: rules and analytics may read it concurrently.</remarks>
public sealed class PeerSupportDataset
{
    private readonly FrozenDictionary<MemberId, MemberHistory> _members;
    private readonly FrozenDictionary<GroupId, GroupHistory> _groups;
    private readonly FrozenDictionary<FacilitatorId, Facilitator> _facilitators;
    private readonly FrozenDictionary<SessionId, GroupSession> _sessions;

    internal PeerSupportDataset(
        DatasetMetadata metadata,
        InstrumentRegistry instruments,
        ImmutableArray<PeerGroup> groups,
        ImmutableArray<Member> members,
        ImmutableArray<Facilitator> facilitators,
        ImmutableArray<GroupSession> sessions,
        ImmutableArray<AttendanceRecord> attendance,
        ImmutableArray<ScoredAssessment> assessments,
        ImmutableArray<Incident> incidents,
        ImmutableArray<Referral> referrals,
        ImmutableArray<GoalRating> goals,
        ImmutableArray<Programme> programmes,
        ImmutableArray<MemberHistory> memberHistories,
        ImmutableArray<GroupHistory> groupHistories,
        ImmutableArray<Problem> warnings)
    {
        Metadata = metadata;
        Instruments = instruments;
        Groups = groups;
        Members = members;
        Facilitators = facilitators;
        Sessions = sessions;
        Attendance = attendance;
        Assessments = assessments;
        Incidents = incidents;
        Referrals = referrals;
        Goals = goals;
        Programmes = programmes;
        MemberHistories = memberHistories;
        GroupHistories = groupHistories;
        Warnings = warnings;
        _members = memberHistories.ToFrozenDictionary(h => h.Member.Id);
        _groups = groupHistories.ToFrozenDictionary(h => h.Group.Id);
        _facilitators = facilitators.ToFrozenDictionary(f => f.Id);
        _sessions = sessions.ToFrozenDictionary(s => s.Id);
        var lastSession = sessions.IsEmpty ? (DateOnly?)null : sessions.Max(s => s.Date);
        LastSessionDate = lastSession;
    }

    /// <summary>Gets the metadata.</summary>
    public DatasetMetadata Metadata { get; }

    /// <summary>Gets the instruments the assessments were scored with.</summary>
    public InstrumentRegistry Instruments { get; }

    /// <summary>Gets the groups in dataset order.</summary>
    public ImmutableArray<PeerGroup> Groups { get; }

    /// <summary>Gets the members in dataset order.</summary>
    public ImmutableArray<Member> Members { get; }

    /// <summary>Gets the facilitators in dataset order.</summary>
    public ImmutableArray<Facilitator> Facilitators { get; }

    /// <summary>Gets the sessions in dataset order.</summary>
    public ImmutableArray<GroupSession> Sessions { get; }

    /// <summary>Gets the attendance rows in dataset order.</summary>
    public ImmutableArray<AttendanceRecord> Attendance { get; }

    /// <summary>Gets the scored assessments in dataset order.</summary>
    public ImmutableArray<ScoredAssessment> Assessments { get; }

    /// <summary>Gets the incidents in dataset order.</summary>
    public ImmutableArray<Incident> Incidents { get; }

    /// <summary>Gets the referrals in dataset order.</summary>
    public ImmutableArray<Referral> Referrals { get; }

    /// <summary>Gets the goal ratings in dataset order.</summary>
    public ImmutableArray<GoalRating> Goals { get; }

    /// <summary>Gets the programmes in dataset order.</summary>
    public ImmutableArray<Programme> Programmes { get; }

    /// <summary>Gets one history per member, in dataset order.</summary>
    public ImmutableArray<MemberHistory> MemberHistories { get; }

    /// <summary>Gets one history per group, in dataset order.</summary>
    public ImmutableArray<GroupHistory> GroupHistories { get; }

    /// <summary>Gets the warnings found when the dataset was built (for example missing attendance rows).</summary>
    public ImmutableArray<Problem> Warnings { get; }

    /// <summary>Gets the date of the last session, or <see langword="null"/> when there are no sessions. Tools use it as the default as-of date (never the wall clock).</summary>
    public DateOnly? LastSessionDate { get; }

    /// <summary>Gets a member's history.</summary>
    /// <param name="id">The member.</param>
    /// <returns>The history.</returns>
    /// <exception cref="KeyNotFoundException">Thrown when the dataset has no such member.</exception>
    public MemberHistory GetMember(MemberId id)
        => _members.TryGetValue(id, out var history) ? history : throw new KeyNotFoundException($"The dataset has no member '{id}'.");

    /// <summary>Tries to get a member's history.</summary>
    /// <param name="id">The member.</param>
    /// <param name="history">The history, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetMember(MemberId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MemberHistory? history)
        => _members.TryGetValue(id, out history);

    /// <summary>Gets a group's history.</summary>
    /// <param name="id">The group.</param>
    /// <returns>The history.</returns>
    /// <exception cref="KeyNotFoundException">Thrown when the dataset has no such group.</exception>
    public GroupHistory GetGroup(GroupId id)
        => _groups.TryGetValue(id, out var history) ? history : throw new KeyNotFoundException($"The dataset has no group '{id}'.");

    /// <summary>Tries to get a group's history.</summary>
    /// <param name="id">The group.</param>
    /// <param name="history">The history, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetGroup(GroupId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GroupHistory? history)
        => _groups.TryGetValue(id, out history);

    /// <summary>Tries to get a facilitator.</summary>
    /// <param name="id">The facilitator.</param>
    /// <param name="facilitator">The facilitator, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetFacilitator(FacilitatorId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Facilitator? facilitator)
        => _facilitators.TryGetValue(id, out facilitator);

    /// <summary>Tries to get a session.</summary>
    /// <param name="id">The session.</param>
    /// <param name="session">The session, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetSession(SessionId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GroupSession? session)
        => _sessions.TryGetValue(id, out session);

    /// <summary>Returns a builder holding every record of this dataset, to derive a changed dataset.</summary>
    /// <returns>A new builder.</returns>
    public DatasetBuilder ToBuilder()
    {
        var builder = new DatasetBuilder(Instruments) { Metadata = Metadata };
        foreach (var p in Programmes)
        {
            builder.AddProgramme(p);
        }

        foreach (var g in Groups)
        {
            builder.AddGroup(g);
        }

        foreach (var f in Facilitators)
        {
            builder.AddFacilitator(f);
        }

        foreach (var m in Members)
        {
            builder.AddMember(m);
        }

        foreach (var s in Sessions)
        {
            builder.AddSession(s);
        }

        foreach (var a in Attendance)
        {
            builder.AddAttendance(a);
        }

        foreach (var a in Assessments)
        {
            builder.AddAssessment(a.Assessment);
        }

        foreach (var i in Incidents)
        {
            builder.AddIncident(i);
        }

        foreach (var r in Referrals)
        {
            builder.AddReferral(r);
        }

        foreach (var g in Goals)
        {
            builder.AddGoalRating(g);
        }

        return builder;
    }
}
