namespace PeerSupport.Rules;

/// <summary>A rule whose evaluation failed; the decision needs review.</summary>
/// <param name="RuleId">The rule id.</param>
/// <param name="Error">What failed.</param>
public sealed record RuleFailure(string RuleId, string Error);
