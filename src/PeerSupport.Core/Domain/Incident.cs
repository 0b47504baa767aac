using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>
/// Something that went wrong in a session (the data behind "negative influence"), optionally tied to
/// a member. An incident is dated by its session. Compared by <see cref="Id"/>.
/// </summary>
public sealed class Incident : IEquatable<Incident>
{
    /// <summary>Initializes a new incident.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="sessionId">The session in which it happened.</param>
    /// <param name="kind">What happened.</param>
    /// <param name="memberId">The member it concerns, or <see langword="null"/> when unattributed.</param>
    /// <param name="severity">How serious it was, when rated.</param>
    /// <exception cref="ArgumentException">Thrown when the kind or severity is undefined.</exception>
    [JsonConstructor]
    public Incident(IncidentId id, SessionId sessionId, IncidentKind kind, MemberId? memberId = null, IncidentSeverity? severity = null)
    {
        Guard.NotDefault(id, "An incident id", nameof(id));
        Guard.NotDefault(sessionId, "A session id", nameof(sessionId));
        Guard.Defined(kind, "The incident kind", nameof(kind));
        if (severity is { } s)
        {
            Guard.Defined(s, "The incident severity", nameof(severity));
        }

        Id = id;
        SessionId = sessionId;
        Kind = kind;
        MemberId = memberId;
        Severity = severity;
    }

    /// <summary>Gets the identifier.</summary>
    public IncidentId Id { get; }

    /// <summary>Gets the session in which it happened.</summary>
    public SessionId SessionId { get; }

    /// <summary>Gets what happened.</summary>
    public IncidentKind Kind { get; }

    /// <summary>Gets the member it concerns, or <see langword="null"/> when unattributed.</summary>
    public MemberId? MemberId { get; }

    /// <summary>Gets the severity, or <see langword="null"/> when not rated.</summary>
    public IncidentSeverity? Severity { get; }

    /// <inheritdoc/>
    public bool Equals(Incident? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Incident);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the incident id.</summary>
    public override string ToString() => Id.Value;
}
