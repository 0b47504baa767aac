namespace PeerSupport.Rules;

/// <summary>
/// An explicit, reasoned permission in a rule file to disable or remove a protected rule. It is stamped on every decision
/// made with the rule set.
/// </summary>
/// <param name="RuleId">The protected rule's id.</param>
/// <param name="Reason">Why the organisation disables it (non-empty; reviewed under clinical governance).</param>
public sealed record ProtectedRuleOverride(string RuleId, string Reason);
