namespace PeerSupport.Rules.Evaluation;

/// <summary>Thrown inside evaluation when a fact reader breaks its contract; caught per rule and reported as an error.</summary>
internal sealed class RuleEvaluationException(string message) : Exception(message)
{
}
