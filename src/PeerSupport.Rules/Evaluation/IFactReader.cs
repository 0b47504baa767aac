namespace PeerSupport.Rules.Evaluation;

/// <summary>
/// Supplies fact values for one subject as of one date. The engine calls <see cref="Read"/> once per fact reference
/// per evaluation. Implementations must return a value of the declared type, <see cref="FactValue.Absent"/> or
/// <see cref="FactValue.Missing"/>; a wrong type or an exception makes the rule's result an error (and the decision
/// needs review). Implementations used on the hot path should not allocate.
/// </summary>
public interface IFactReader
{
    /// <summary>Reads one fact.</summary>
    /// <param name="request">The fact, resolved at load time.</param>
    /// <returns>The value.</returns>
    FactValue Read(in FactRequest request);
}
