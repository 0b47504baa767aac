using PeerSupport.Rules;

namespace PeerSupport.Domain;

/// <summary>Thrown when a referral is moved to a status its lifecycle does not allow from its current status.</summary>
public sealed class InvalidReferralTransitionException : InvalidOperationException
{
    /// <summary>Initializes a new exception.</summary>
    public InvalidReferralTransitionException()
    {
    }

    /// <summary>Initializes a new exception with a message.</summary>
    /// <param name="message">The message.</param>
    public InvalidReferralTransitionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public InvalidReferralTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new exception for a transition from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="referralId">The referral.</param>
    /// <param name="from">The current status.</param>
    /// <param name="to">The requested status.</param>
    public InvalidReferralTransitionException(ReferralId referralId, ReferralStatus from, ReferralStatus to)
        : base($"Referral {referralId} cannot move from '{WireNames.Of(from)}' to '{WireNames.Of(to)}'; allowed from '{WireNames.Of(from)}': {Allowed(from)}.")
    {
        From = from;
        To = to;
    }

    /// <summary>Gets the status the referral was in.</summary>
    public ReferralStatus From { get; }

    /// <summary>Gets the status that was requested.</summary>
    public ReferralStatus To { get; }

    private static string Allowed(ReferralStatus from)
    {
        var next = ReferralLifecycle.NextStatuses(from);
        return next.Count == 0 ? "none (closed)" : string.Join(", ", next.Select(WireNames.Of));
    }
}
