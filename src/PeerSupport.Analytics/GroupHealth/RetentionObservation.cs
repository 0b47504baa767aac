using PeerSupport.Domain;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>
/// One member's retention observation as of a date, the single definition behind every retention figure and curve
/// (group health, the facilitation-model comparison, the report's curves): the member is followed from
/// <see cref="Member.JoinedOn"/>; the <em>event</em> is leaving as <see cref="LeavingReason.DroppedOut"/> on or
/// before the as-of date; everyone else is <em>censored</em> — at <see cref="Member.LeftOn"/> when they left for
/// another reason (completed, transferred, referred on) on or before the as-of date, otherwise at the as-of date.
/// A leaving date after the as-of date is not yet known, so that member is still in the group.
/// </summary>
/// <remarks>The default value is a member observed for 0 days without dropping out.</remarks>
public readonly record struct RetentionObservation
{
    private RetentionObservation(int days, bool droppedOut)
    {
        Days = days;
        DroppedOut = droppedOut;
    }

    /// <summary>Gets the follow-up time in whole days from joining to leaving or to the as-of date (at least 0).</summary>
    public int Days { get; }

    /// <summary>Gets a value indicating whether the member dropped out (the event); <see langword="false"/> means censored at <see cref="Days"/>.</summary>
    public bool DroppedOut { get; }

    /// <summary>Observes <paramref name="member"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="member">The member.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="observation">The observation, or the default value when the member had not joined by <paramref name="asOf"/>.</param>
    /// <returns><see langword="true"/> when the member had joined by <paramref name="asOf"/> (and so is observed).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="member"/> is null.</exception>
    public static bool TryObserve(Member member, DateOnly asOf, out RetentionObservation observation)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (member.JoinedOn > asOf)
        {
            observation = default;
            return false;
        }

        var left = member.LeftOn is { } leftOn && leftOn <= asOf;
        var end = left ? member.LeftOn!.Value : asOf;
        observation = new RetentionObservation(Math.Max(0, end.DayNumber - member.JoinedOn.DayNumber), left && member.LeavingReason == LeavingReason.DroppedOut);
        return true;
    }
}
