using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Rules.Evaluation;

namespace PeerSupport.Rules.Facts;

/// <summary>
/// Reads the group facts of <see cref="PeerSupportFacts"/> from a group's history as of a date. Incidents are dated by their session;
/// windows mean <c>0 ≤ asOf − date ≤ N</c> days. A session has a licensed clinician only if a listed facilitator has
/// role licensed_clinician and a credential not expired on the session date.
/// </summary>
/// <remarks>Not thread-safe; create one per subject and evaluation.</remarks>
public sealed class GroupFactReader : IFactReader
{
    private readonly GroupHistory _group;
    private readonly DateOnly _asOf;
    private readonly HostFacts _host;
    private readonly Dictionary<FacilitatorId, Facilitator> _facilitators;

    /// <summary>Creates a reader.</summary>
    /// <param name="group">The group's history.</param>
    /// <param name="asOf">The decision date.</param>
    /// <param name="hostFacts">Host-registered fact functions, or null.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="group"/> is null.</exception>
    public GroupFactReader(GroupHistory group, DateOnly asOf, HostFacts? hostFacts = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        _group = group;
        _asOf = asOf;
        _host = hostFacts ?? HostFacts.None;
        _facilitators = group.Facilitators.ToDictionary(f => f.Id);
    }

    /// <inheritdoc/>
    public FactValue Read(in FactRequest request)
    {
        var name = request.Name;
        if (_host.Group.TryGetValue(name, out var function))
        {
            return function(_group, _asOf, request);
        }

        return PeerSupportFacts.GroupReaders.TryGetValue(name, out var read)
            ? read(this, request)
            : throw new RuleEvaluationException($"no group fact provider for '{request.Key}'; register one with HostFacts.WithGroupFact");
    }

    internal PeerGroup Group => _group.Group;

    internal int ActiveMembers() => _group.ActiveMemberCountOn(_asOf);

    internal int SessionsWithoutLicensedClinician(int window) => CountSessions(window, s => !HasLicensedClinician(s));

    internal int SessionsHeld(int window) => CountSessions(window, _ => true);

    private bool HasLicensedClinician(GroupSession session)
    {
        foreach (var id in session.FacilitatorIds.IsDefault ? [] : session.FacilitatorIds)
        {
            if (_facilitators.TryGetValue(id, out var facilitator) && facilitator.IsLicensedClinicianOn(session.Date))
            {
                return true;
            }
        }

        return false;
    }

    private int CountSessions(int window, Func<GroupSession, bool> predicate)
    {
        var count = 0;
        foreach (var session in _group.SessionsAsOf(_asOf))
        {
            if (MemberFactReader.InWindow(session.Date, _asOf, window) && predicate(session))
            {
                count++;
            }
        }

        return count;
    }

    internal int ExpiredCredentials(int window)
    {
        var expired = new HashSet<FacilitatorId>();
        foreach (var session in _group.SessionsAsOf(_asOf))
        {
            if (!MemberFactReader.InWindow(session.Date, _asOf, window) || session.FacilitatorIds.IsDefault)
            {
                continue;
            }

            foreach (var id in session.FacilitatorIds)
            {
                if (_facilitators.TryGetValue(id, out var facilitator) && facilitator.IsCredentialExpiredOn(session.Date))
                {
                    expired.Add(id);
                }
            }
        }

        return expired.Count;
    }

    internal int CountIncidents(IncidentKind kind, int window, bool unattributedOnly)
    {
        var count = 0;
        foreach (var entry in _group.IncidentsAsOf(_asOf))
        {
            if (MemberFactReader.InWindow(entry.Date, _asOf, window) && entry.Incident.Kind == kind && (!unattributedOnly || entry.Incident.MemberId is null))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Attended share of the attendance rows (excused excluded) of the group's last 8 sessions.</summary>
    internal FactValue AttendanceRate()
    {
        var sessions = _group.SessionsAsOf(_asOf);
        int rows = 0, attended = 0;
        for (var i = sessions.Length - 1; i >= 0 && i >= sessions.Length - 8; i--)
        {
            foreach (var record in _group.AttendanceAt(sessions[i].Id))
            {
                if (record.Status == AttendanceStatus.Excused)
                {
                    continue;
                }

                rows++;
                attended += record.Status is AttendanceStatus.Present or AttendanceStatus.Late ? 1 : 0;
            }
        }

        return rows == 0 ? FactValue.Absent : FactValue.FromNumber((double)attended / rows);
    }
}
