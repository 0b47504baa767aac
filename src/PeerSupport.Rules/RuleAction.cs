namespace PeerSupport.Rules;

/// <summary>What a rule recommends. JSON: <c>refer</c>, <c>outreach</c>, <c>screen</c>, <c>review</c>.</summary>
public enum RuleAction
{
    /// <summary>Refer the member to a target service or professional.</summary>
    Refer,

    /// <summary>Reach out to the member (e.g. peer outreach after absences).</summary>
    Outreach,

    /// <summary>Give the member a screening instrument (the target is the instrument id, e.g. <c>phq9</c>).</summary>
    Screen,

    /// <summary>Review the group (facilitation, policy, follow-up).</summary>
    Review,
}
