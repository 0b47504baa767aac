namespace PeerSupport.Rules.Evaluation;

/// <summary>The result of evaluating one rule for one subject.</summary>
public enum RuleResult
{
    /// <summary>The condition is false: no recommendation.</summary>
    False = 0,

    /// <summary>The condition is true: the rule fires.</summary>
    True = 1,

    /// <summary>Unknown over absent data: not applicable, not listed in the decision (shown in explanations).</summary>
    NotApplicable = 2,

    /// <summary>Unknown over missing data: listed in the decision's unknowns; a protected rule here sets needsReview.</summary>
    Unknown = 3,

    /// <summary>Evaluation failed (a fact reader threw or returned the wrong type): the decision needs review.</summary>
    Error = 4,
}
