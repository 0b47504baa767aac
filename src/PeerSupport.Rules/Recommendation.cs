namespace PeerSupport.Rules;

/// <summary>
/// One merged recommendation: per (action, target) the highest priority of the rules that fired, every contributing rule
/// id in rule-set order, and one reason (the rule's title) per rule.
/// </summary>
/// <param name="Action">The action.</param>
/// <param name="Target">The target.</param>
/// <param name="Priority">The highest priority among contributing rules.</param>
/// <param name="RuleIds">The contributing rule ids.</param>
/// <param name="Reasons">One reason per contributing rule, in the same order.</param>
public sealed record Recommendation(RuleAction Action, string Target, RulePriority Priority, IReadOnlyList<string> RuleIds, IReadOnlyList<string> Reasons);
