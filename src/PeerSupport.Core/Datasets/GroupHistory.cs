using System.Collections.Immutable;
using PeerSupport.Domain;

namespace PeerSupport.Datasets;

/// <summary>
/// Everything a dataset holds about one group, ordered and indexed once when the dataset is built:
/// sessions, members, incidents, the facilitators who led its sessions and the attendance at each
/// session. Immutable and thread-safe.
/// </summary>
public sealed class GroupHistory
{
    private readonly IReadOnlyDictionary<SessionId, ImmutableArray<AttendanceRecord>> _attendance;

    internal GroupHistory(
        PeerGroup group,
        Programme? programme,
        ImmutableArray<GroupSession> sessions,
        ImmutableArray<Member> members,
        ImmutableArray<IncidentEntry> incidents,
        ImmutableArray<Facilitator> facilitators,
        IReadOnlyDictionary<SessionId, ImmutableArray<AttendanceRecord>> attendance)
    {
        Group = group;
        Programme = programme;
        Sessions = sessions;
        Members = members;
        Incidents = incidents;
        Facilitators = facilitators;
        _attendance = attendance;
    }

    /// <summary>Gets the group.</summary>
    public PeerGroup Group { get; }

    /// <summary>Gets the programme the group follows, or <see langword="null"/>.</summary>
    public Programme? Programme { get; }

    /// <summary>Gets the group's sessions ordered by date (then dataset order).</summary>
    public ImmutableArray<GroupSession> Sessions { get; }

    /// <summary>Gets every member who ever belonged to the group, ordered by joining date (then dataset order).</summary>
    public ImmutableArray<Member> Members { get; }

    /// <summary>Gets the incidents in the group's sessions, ordered by date.</summary>
    public ImmutableArray<IncidentEntry> Incidents { get; }

    /// <summary>Gets the facilitators who led at least one session, in order of first appearance.</summary>
    public ImmutableArray<Facilitator> Facilitators { get; }

    /// <summary>Gets the attendance rows recorded for a session of this group (in dataset order); empty when none.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The rows.</returns>
    public ImmutableArray<AttendanceRecord> AttendanceAt(SessionId session)
        => _attendance.TryGetValue(session, out var rows) ? rows : [];

    /// <summary>Gets the sessions dated on or before <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of date (inclusive).</param>
    /// <returns>A prefix of <see cref="Sessions"/>.</returns>
    public ReadOnlySpan<GroupSession> SessionsAsOf(DateOnly asOf)
        => Sessions.AsSpan(0, DateIndex.CountOnOrBefore(Sessions, asOf, static s => s.Date));

    /// <summary>Gets the incidents dated on or before <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of date (inclusive).</param>
    /// <returns>A prefix of <see cref="Incidents"/>.</returns>
    public ReadOnlySpan<IncidentEntry> IncidentsAsOf(DateOnly asOf)
        => Incidents.AsSpan(0, DateIndex.CountOnOrBefore(Incidents, asOf, static i => i.Date));

    /// <summary>Counts the members whose membership includes <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The number of members.</returns>
    public int ActiveMemberCountOn(DateOnly date)
    {
        var count = 0;
        foreach (var member in Members)
        {
            if (member.IsMemberOn(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Returns the group id.</summary>
    public override string ToString() => Group.Id.Value;
}
