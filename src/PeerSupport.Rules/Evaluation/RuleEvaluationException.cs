namespace PeerSupport.Rules.Evaluation;

/// <summary>
/// Thrown inside evaluation when a fact reader breaks its contract (a fact it cannot supply, a value of the wrong type);
/// caught per rule and reported as that rule's error, so the decision needs review. Fact readers may throw it with a
/// message naming the fact.
/// </summary>
public sealed class RuleEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the fact (no personal data).</param>
    public RuleEvaluationException(string message)
        : base(message)
    {
    }
}
