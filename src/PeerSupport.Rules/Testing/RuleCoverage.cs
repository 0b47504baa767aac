namespace PeerSupport.Rules.Testing;

/// <summary>Coverage of one rule across the tests.</summary>
/// <param name="RuleId">The rule id.</param>
/// <param name="TimesFired">How many tests it fired in.</param>
/// <param name="Conditions">Every comparison of the rule, with whether it was seen true and false.</param>
public sealed record RuleCoverage(string RuleId, int TimesFired, IReadOnlyList<ConditionCoverage> Conditions)
{
    /// <summary>Gets a value indicating whether the rule fired and every comparison was seen both true and false.</summary>
    public bool IsComplete => TimesFired > 0 && Conditions.All(c => c.SeenTrue && c.SeenFalse);
}
