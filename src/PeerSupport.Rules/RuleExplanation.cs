using PeerSupport.Rules.Evaluation;

namespace PeerSupport.Rules;

/// <summary>How one rule was evaluated: its result, the error if any, and every comparison with the values it used.</summary>
/// <param name="RuleId">The rule id.</param>
/// <param name="Result">The result.</param>
/// <param name="Error">The error when <paramref name="Result"/> is <see cref="RuleResult.Error"/>, else null.</param>
/// <param name="Comparisons">The comparisons in evaluation order.</param>
public sealed record RuleExplanation(string RuleId, RuleResult Result, string? Error, IReadOnlyList<ComparisonExplanation> Comparisons);
