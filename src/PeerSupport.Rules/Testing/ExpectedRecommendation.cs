namespace PeerSupport.Rules.Testing;

/// <summary>A recommendation a rule test expects (compared by action, target and priority).</summary>
/// <param name="Action">The action.</param>
/// <param name="Target">The target.</param>
/// <param name="Priority">The priority.</param>
public sealed record ExpectedRecommendation(RuleAction Action, string Target, RulePriority Priority)
{
    /// <summary>Formats as <c>refer licensed_clinician stat</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Names.Of(Action) + " " + Target + " " + Names.Of(Priority);
}
