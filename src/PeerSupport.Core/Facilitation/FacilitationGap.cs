using PeerSupport.Domain;

namespace PeerSupport.Facilitation;

/// <summary>
/// One gap found by the <see cref="FacilitationPolicy"/>: what is missing, where (group, session, date,
/// facilitator) and a one-sentence explanation that holds no personal data.
/// </summary>
/// <param name="Kind">The kind of gap.</param>
/// <param name="GroupId">The group.</param>
/// <param name="SessionId">The session, when the gap concerns one.</param>
/// <param name="Date">The date of the session, or the as-of date for gaps that are not about a session.</param>
/// <param name="FacilitatorId">The facilitator concerned, if any.</param>
/// <param name="Message">A one-sentence explanation.</param>
public sealed record FacilitationGap(FacilitationGapKind Kind, GroupId GroupId, SessionId? SessionId, DateOnly Date, FacilitatorId? FacilitatorId, string Message)
{
    /// <summary>Returns "date group/session: message".</summary>
    public override string ToString() => $"{Date:yyyy-MM-dd} {GroupId}{(SessionId is { } s ? "/" + s.Value : string.Empty)}: {Message}";
}
