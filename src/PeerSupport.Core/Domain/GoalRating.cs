using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>
/// One Goal Attainment Scaling rating of a member's goal on a date: attainment from −2 (much less
/// than expected) through 0 (expected) to +2 (much more than expected), with a weight. Compared by
/// (<see cref="MemberId"/>, <see cref="GoalId"/>, <see cref="Date"/>).
/// </summary>
public sealed class GoalRating : IEquatable<GoalRating>
{
    /// <summary>Initializes a new rating.</summary>
    /// <param name="memberId">The member.</param>
    /// <param name="goalId">The goal (unique per member).</param>
    /// <param name="attainment">The attainment level, −2 to 2.</param>
    /// <param name="date">The date of the rating.</param>
    /// <param name="weight">The goal's weight: finite and greater than 0. The default value is 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when attainment is outside −2..2 or the weight is not positive.</exception>
    [JsonConstructor]
    public GoalRating(MemberId memberId, GoalId goalId, int attainment, DateOnly date, double weight = 1)
    {
        Guard.NotDefault(memberId, "A member id", nameof(memberId));
        Guard.NotDefault(goalId, "A goal id", nameof(goalId));
        if (attainment is < -2 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(attainment), attainment, $"Goal attainment must be -2 to 2, was {attainment}.");
        }

        if (!double.IsFinite(weight) || weight <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"A goal weight must be greater than 0, was {weight}.");
        }

        MemberId = memberId;
        GoalId = goalId;
        Attainment = attainment;
        Date = date;
        Weight = weight;
    }

    /// <summary>Gets the member.</summary>
    public MemberId MemberId { get; }

    /// <summary>Gets the goal.</summary>
    public GoalId GoalId { get; }

    /// <summary>Gets the attainment level, −2 to 2.</summary>
    public int Attainment { get; }

    /// <summary>Gets the date of the rating.</summary>
    public DateOnly Date { get; }

    /// <summary>Gets the weight (greater than 0).</summary>
    public double Weight { get; }

    /// <inheritdoc/>
    public bool Equals(GoalRating? other) => other is not null && MemberId == other.MemberId && GoalId == other.GoalId && Date == other.Date;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GoalRating);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MemberId, GoalId, Date);

    /// <summary>Returns "member/goal date: attainment".</summary>
    public override string ToString() => $"{MemberId}/{GoalId} {Date:yyyy-MM-dd}: {Attainment:+0;-0;0}";
}
