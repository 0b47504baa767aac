namespace PeerSupport.Rules;

/// <summary>Who a decision is about. For a group, <see cref="GroupId"/> equals <see cref="Id"/>.</summary>
/// <param name="Kind">Member or group.</param>
/// <param name="Id">The pseudonymous member id or the group id.</param>
/// <param name="GroupId">The member's group id, or the group's own id.</param>
public sealed record DecisionSubject(RuleSubject Kind, string Id, string GroupId)
{
    /// <summary>Creates a member subject.</summary>
    /// <param name="memberId">The pseudonymous member id.</param>
    /// <param name="groupId">The member's group id.</param>
    /// <returns>The subject.</returns>
    public static DecisionSubject Member(string memberId, string groupId) => new(RuleSubject.Member, memberId, groupId);

    /// <summary>Creates a group subject.</summary>
    /// <param name="groupId">The group id.</param>
    /// <returns>The subject.</returns>
    public static DecisionSubject Group(string groupId) => new(RuleSubject.Group, groupId, groupId);
}
