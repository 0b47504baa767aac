namespace PeerSupport.Rules;

/// <summary>What a rule recommends when its condition is true: an action, a target and a priority.</summary>
/// <param name="Action">The action.</param>
/// <param name="Target">The lower snake_case target (a service, a review topic, or an instrument id for <see cref="RuleAction.Screen"/>).</param>
/// <param name="Priority">The priority.</param>
public sealed record RuleOutcome(RuleAction Action, string Target, RulePriority Priority);
