using System.Text.Json.Serialization;
using PeerSupport.Rules;

namespace PeerSupport.Domain;

/// <summary>
/// A referral of a member to a target (a licensed clinician, a crisis service, ...), with its priority
/// and current status. Status changes go through <see cref="TransitionTo"/>, which enforces
/// <see cref="ReferralLifecycle"/>. Compared by <see cref="Id"/>.
/// </summary>
public sealed class Referral : IEquatable<Referral>
{
    /// <summary>Initializes a new referral.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="memberId">The member referred.</param>
    /// <param name="date">The date of the referral (of its current status).</param>
    /// <param name="target">Where the member is referred.</param>
    /// <param name="priority">The priority.</param>
    /// <param name="status">The current status. The default value is <see cref="ReferralStatus.Recommended"/>.</param>
    /// <param name="ruleId">The rule that recommended it, if a rule did.</param>
    /// <exception cref="ArgumentException">Thrown when the target is the default or an enum is undefined.</exception>
    [JsonConstructor]
    public Referral(ReferralId id, MemberId memberId, DateOnly date, ReferralTarget target, RulePriority priority, ReferralStatus status = ReferralStatus.Recommended, string? ruleId = null)
    {
        Guard.NotDefault(id, "A referral id", nameof(id));
        Guard.NotDefault(memberId, "A member id", nameof(memberId));
        if (target.Value.Length == 0)
        {
            throw new ArgumentException("A referral target must not be the default (empty) target.", nameof(target));
        }

        Guard.Defined(priority, "The referral priority", nameof(priority));
        Guard.Defined(status, "The referral status", nameof(status));
        Id = id;
        MemberId = memberId;
        Date = date;
        Target = target;
        Priority = priority;
        Status = status;
        RuleId = Guard.OptionalText(ruleId, "A rule id", 100, nameof(ruleId));
    }

    /// <summary>Gets the identifier.</summary>
    public ReferralId Id { get; }

    /// <summary>Gets the member referred.</summary>
    public MemberId MemberId { get; }

    /// <summary>Gets the date.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the target.</summary>
    public ReferralTarget Target { get; }

    /// <summary>Gets the priority.</summary>
    public RulePriority Priority { get; }

    /// <summary>Gets the current status.</summary>
    public ReferralStatus Status { get; }

    /// <summary>Gets the rule that recommended the referral, or <see langword="null"/>.</summary>
    public string? RuleId { get; }

    /// <summary>Gets a value indicating whether the referral is open (recommended, made or accepted).</summary>
    [JsonIgnore]
    public bool IsOpen => ReferralLifecycle.IsOpen(Status);

    /// <summary>Returns a copy moved to <paramref name="status"/>.</summary>
    /// <param name="status">The next status.</param>
    /// <returns>The referral in its new status. The date is kept: it is the date the referral was made.</returns>
    /// <exception cref="InvalidReferralTransitionException">Thrown when the lifecycle does not allow the move; the message names both states.</exception>
    public Referral TransitionTo(ReferralStatus status)
        => ReferralLifecycle.CanTransition(Status, status)
            ? new Referral(Id, MemberId, Date, Target, Priority, status, RuleId)
            : throw new InvalidReferralTransitionException(Id, Status, status);

    /// <inheritdoc/>
    public bool Equals(Referral? other) => other is not null && Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Referral);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the referral id.</summary>
    public override string ToString() => Id.Value;
}
