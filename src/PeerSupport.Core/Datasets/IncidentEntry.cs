using PeerSupport.Domain;

namespace PeerSupport.Datasets;

/// <summary>An incident with the session that dates it.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Session">The session in which it happened.</param>
public readonly record struct IncidentEntry(Incident Incident, GroupSession Session)
{
    /// <summary>Gets the incident's date (its session's date; the default date for the default value).</summary>
    public DateOnly Date => Session?.Date ?? default;
}
