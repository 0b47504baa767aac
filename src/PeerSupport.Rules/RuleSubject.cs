namespace PeerSupport.Rules;

/// <summary>What a rule is about. JSON: <c>member</c>, <c>group</c>.</summary>
public enum RuleSubject
{
    /// <summary>One member, with member facts.</summary>
    Member,

    /// <summary>One group, with group facts.</summary>
    Group,
}
