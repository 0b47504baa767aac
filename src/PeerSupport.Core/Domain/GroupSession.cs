using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>One meeting of a group. Compared by <see cref="Id"/>.</summary>
public sealed class GroupSession : IEquatable<GroupSession>
{
    /// <summary>Initializes a new session.</summary>
    /// <param name="id">The session's identifier.</param>
    /// <param name="groupId">The group that met.</param>
    /// <param name="date">The calendar date of the meeting.</param>
    /// <param name="facilitatorIds">The facilitators present (no duplicates); empty when none was recorded.</param>
    /// <param name="programmeModule">The programme module covered (1-based), if any.</param>
    /// <exception cref="ArgumentException">Thrown when a facilitator is listed twice or the module is below 1.</exception>
    [JsonConstructor]
    public GroupSession(SessionId id, GroupId groupId, DateOnly date, ImmutableArray<FacilitatorId> facilitatorIds = default, int? programmeModule = null)
    {
        Guard.NotDefault(id, "A session id", nameof(id));
        Guard.NotDefault(groupId, "A group id", nameof(groupId));
        facilitatorIds = facilitatorIds.IsDefault ? [] : facilitatorIds;
        if (HasDuplicate(facilitatorIds.AsSpan()))
        {
            throw new ArgumentException($"Session {id}: a facilitator is listed more than once.", nameof(facilitatorIds));
        }

        if (programmeModule is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(programmeModule), programmeModule, $"Session {id}: a programme module number must be at least 1, was {programmeModule}.");
        }

        Id = id;
        GroupId = groupId;
        Date = date;
        FacilitatorIds = facilitatorIds;
        ProgrammeModule = programmeModule;
    }

    /// <summary>Gets the session's identifier.</summary>
    public SessionId Id { get; }

    /// <summary>Gets the group that met.</summary>
    public GroupId GroupId { get; }

    /// <summary>Gets the calendar date of the meeting.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the facilitators present, in the order recorded.</summary>
    public ImmutableArray<FacilitatorId> FacilitatorIds { get; }

    /// <summary>Gets the programme module covered (1-based), or <see langword="null"/>.</summary>
    public int? ProgrammeModule { get; }

    /// <inheritdoc/>
    public bool Equals(GroupSession? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GroupSession);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the session id.</summary>
    public override string ToString() => Id.Value;

    /// <summary>Whether an id appears twice; a session lists a few facilitators, so pairwise comparison needs no set.</summary>
    private static bool HasDuplicate(ReadOnlySpan<FacilitatorId> ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            if (ids[..i].Contains(ids[i]))
            {
                return true;
            }
        }

        return false;
    }
}
