using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>
/// A pseudonymous member of a group and their membership period. The core model holds no names
/// or contact details: <see cref="Id"/> is the only link to a person, kept by the host system.
/// Compared by <see cref="Id"/>.
/// </summary>
public sealed class Member : IEquatable<Member>
{
    /// <summary>Initializes a new member.</summary>
    /// <param name="id">The pseudonymous identifier.</param>
    /// <param name="groupId">The group the member belongs to.</param>
    /// <param name="joinedOn">The first day of the membership.</param>
    /// <param name="leftOn">The last day of the membership (inclusive), or <see langword="null"/> while active; not before <paramref name="joinedOn"/>.</param>
    /// <param name="leavingReason">Why the membership ended; only with <paramref name="leftOn"/>.</param>
    /// <param name="consent">Consent flags. The default value records nothing (no consent).</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="leftOn"/> is before <paramref name="joinedOn"/> or a leaving reason is given without a leaving date.</exception>
    [JsonConstructor]
    public Member(MemberId id, GroupId groupId, DateOnly joinedOn, DateOnly? leftOn = null, LeavingReason? leavingReason = null, Consent consent = default)
    {
        Guard.NotDefault(id, "A member id", nameof(id));
        Guard.NotDefault(groupId, "A group id", nameof(groupId));
        if (leftOn < joinedOn)
        {
            throw new ArgumentException($"Member {id}: left_on ({leftOn:yyyy-MM-dd}) must not be before joined_on ({joinedOn:yyyy-MM-dd}).", nameof(leftOn));
        }

        if (leavingReason is { } reason)
        {
            Guard.Defined(reason, "The leaving reason", nameof(leavingReason));
            if (leftOn is null)
            {
                throw new ArgumentException($"Member {id}: a leaving reason needs a leaving date.", nameof(leavingReason));
            }
        }

        Id = id;
        GroupId = groupId;
        JoinedOn = joinedOn;
        LeftOn = leftOn;
        LeavingReason = leavingReason;
        Consent = consent;
    }

    /// <summary>Gets the pseudonymous identifier.</summary>
    public MemberId Id { get; }

    /// <summary>Gets the member's group.</summary>
    public GroupId GroupId { get; }

    /// <summary>Gets the first day of the membership.</summary>
    public DateOnly JoinedOn { get; }

    /// <summary>Gets the last day of the membership (inclusive), or <see langword="null"/> while active.</summary>
    public DateOnly? LeftOn { get; }

    /// <summary>Gets why the membership ended, or <see langword="null"/>.</summary>
    public LeavingReason? LeavingReason { get; }

    /// <summary>Gets the consent flags.</summary>
    public Consent Consent { get; }

    /// <summary>Returns whether the membership includes <paramref name="date"/> (joined on or before it and not left before it).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the member was a member on that date.</returns>
    public bool IsMemberOn(DateOnly date) => JoinedOn <= date && (LeftOn is null || LeftOn >= date);

    /// <summary>Returns a copy whose membership ended on <paramref name="leftOn"/> for <paramref name="reason"/>.</summary>
    /// <param name="leftOn">The last day of the membership.</param>
    /// <param name="reason">Why it ended.</param>
    /// <returns>The new member.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the membership has already ended.</exception>
    public Member Leave(DateOnly leftOn, LeavingReason reason)
    {
        if (LeftOn is not null)
        {
            throw new InvalidOperationException($"Member {Id} already left on {LeftOn:yyyy-MM-dd}.");
        }

        return new Member(Id, GroupId, JoinedOn, leftOn, reason, Consent);
    }

    /// <summary>Returns a copy with other consent flags.</summary>
    /// <param name="consent">The consent flags.</param>
    /// <returns>The new member.</returns>
    public Member WithConsent(Consent consent) => new(Id, GroupId, JoinedOn, LeftOn, LeavingReason, consent);

    /// <inheritdoc/>
    public bool Equals(Member? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Member);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the member id.</summary>
    public override string ToString() => Id.Value;
}
